using System.Text.Json.Serialization;

namespace TicBot.Cards.Model;

/// <summary>One run of a <see cref="RichTextBlock"/> (needs 1.2); no markdown.</summary>
public sealed record TextRun(string Text)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TextRun";

    public TextSize? Size { get; init; }
    public TextWeight? Weight { get; init; }
    public TextColor? Color { get; init; }
    public bool? Italic { get; init; }
    public bool? IsSubtle { get; init; }
    public bool? Highlight { get; init; }
}
