namespace TicBot.Methodology.Rules.Calendar;

/// <summary>A French public holiday (jour férié).</summary>
/// <param name="Date">The day.</param>
/// <param name="Id">Stable id, e.g. <c>holiday.easter-monday</c>.</param>
/// <param name="French">Name in French.</param>
/// <param name="English">Name in English.</param>
public sealed record PublicHoliday(DateOnly Date, string Id, string French, string English);
