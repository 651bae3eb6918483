namespace TicBot.Cards.Model;

/// <summary>An image. <see cref="AltText"/> is required by the validator (RGAA criterion 1.1).</summary>
public sealed record Image(string Url, string AltText) : AdaptiveElement
{
    public ImageSize? Size { get; init; }
    public ImageStyle? Style { get; init; }
    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
