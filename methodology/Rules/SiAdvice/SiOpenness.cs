namespace TicBot.Methodology.Rules.SiAdvice;

/// <summary>How open the current information system is to interfaces (exports, programming interfaces, standards).</summary>
public enum SiOpenness
{
    Open,
    Partial,
    Closed,
    Unknown,
}
