namespace TicBot.BotKit.Recognizers;

/// <summary>A date read from user input.</summary>
/// <param name="Date">The day; for a month (<see cref="DatePrecision.Month"/>), its first day.</param>
/// <param name="Precision">Whether the user named a day or only a month.</param>
public sealed record RecognizedDate(DateOnly Date, DatePrecision Precision);
