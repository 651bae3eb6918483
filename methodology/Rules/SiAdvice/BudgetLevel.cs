namespace TicBot.Methodology.Rules.SiAdvice;

/// <summary>The budget available, relative to the project.</summary>
public enum BudgetLevel
{
    Limited,
    Moderate,
    Ample,
}
