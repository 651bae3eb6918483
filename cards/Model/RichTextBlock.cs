namespace TicBot.Cards.Model;

/// <summary>A paragraph made of differently formatted runs (needs 1.2).</summary>
public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : AdaptiveElement
{
    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
