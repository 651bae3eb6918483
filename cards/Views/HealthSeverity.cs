namespace TicBot.Cards.Views;

/// <summary>How serious a health flag is; always written in words on the card, colour only adds to it.</summary>
public enum HealthSeverity
{
    /// <summary>"Pour information".</summary>
    Info,

    /// <summary>"À surveiller".</summary>
    Watch,

    /// <summary>"À risque".</summary>
    Risk,
}
