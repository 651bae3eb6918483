namespace TicBot.Methodology.Content;

/// <summary>The languages the methodology content is written in. French is the reference.</summary>
public enum ContentLanguage
{
    /// <summary>French, the reference language of the seed.</summary>
    French,

    /// <summary>English translation.</summary>
    English,
}
