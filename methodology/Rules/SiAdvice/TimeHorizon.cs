namespace TicBot.Methodology.Rules.SiAdvice;

/// <summary>When the new service must be running.</summary>
public enum TimeHorizon
{
    UnderOneYear,
    OneToTwoYears,
    MoreThanTwoYears,
}
