using System.Globalization;
using TicBot.Methodology.Content;

namespace TicBot.Methodology.Texts;

/// <summary>
/// A sentence TicBot says, known by its key; its wording lives in one place per language,
/// <c>methodology/Texts/fr/*.json</c> and <c>methodology/Texts/en/*.json</c> (see <see cref="TextCatalog"/>), so a
/// translator works in one folder. Code names texts through static fields of small classes per area
/// (<c>DialogTexts.ProjectAskName</c>), so a step reads as the question it asks; a test checks every such field has its
/// wording in both languages.
/// </summary>
/// <param name="Key">Dotted, lowercase: <c>area.subject.what</c> (<c>dialogs.project.ask-name</c>).</param>
public sealed record Text(string Key)
{
    /// <summary>The wording in <paramref name="language"/> (French typography applied: no-break spaces before « : ; ? ! » and inside guillemets).</summary>
    /// <exception cref="KeyNotFoundException">No wording has this key (a build defect the catalog tests catch).</exception>
    public string For(ContentLanguage language) => TextCatalog.Get(Key, language);

    /// <summary>The wording with <c>{0}</c>, <c>{1}</c>… replaced, culture-independent.</summary>
    public string Format(ContentLanguage language, params object?[] args)
        => string.Format(CultureInfo.InvariantCulture, For(language), args);

    public override string ToString() => Key;
}
