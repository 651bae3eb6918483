namespace TicBot.Cards.Model;

/// <summary>A block of text (markdown subset as the host supports it).</summary>
public sealed record TextBlock(string Text) : AdaptiveElement
{
    public bool? Wrap { get; init; }
    public TextSize? Size { get; init; }
    public TextWeight? Weight { get; init; }
    public TextColor? Color { get; init; }
    public bool? IsSubtle { get; init; }
    public int? MaxLines { get; init; }
    public HorizontalAlignment? HorizontalAlignment { get; init; }

    /// <summary><see cref="TextBlockStyle.Heading"/> makes the block a heading for screen readers (needs 1.5).</summary>
    public TextBlockStyle? Style { get; init; }
}
