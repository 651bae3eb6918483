namespace TicBot.Exports.Dossier.Word;

/// <summary>A column: its header, its relative width, and whether it holds figures (right-aligned).</summary>
internal sealed record WordColumn(string Header, int Width = 1, bool Figures = false);
