namespace TicBot.BotKit.Recognizers;

/// <summary>How precise a recognised date is: <c>15 mars 2027</c> is a day, <c>mars 2027</c> a month.</summary>
public enum DatePrecision
{
    Day,
    Month,
}
