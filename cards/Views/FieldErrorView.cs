namespace TicBot.Cards.Views;

/// <summary>A form field and what is wrong with the value given.</summary>
public sealed record FieldErrorView(string Label, string Message);
