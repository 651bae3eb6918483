using System.Reflection;
using TicBot.Methodology.Content;
using TicBot.Methodology.Texts;

namespace TicBot.TestSupport.Texts;

/// <summary>The texts an assembly names through static <see cref="Text"/> fields, and those without a wording.</summary>
public static class TextFields
{
    /// <summary>Every static <see cref="Text"/> field of the assembly's types, public or not.</summary>
    public static IReadOnlyList<(string Field, Text Text)> In(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return [.. assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(field => field.FieldType == typeof(Text))
                .Select(field => ($"{type.Name}.{field.Name}", (Text)field.GetValue(null)!)))];
    }

    /// <summary>The fields whose text has no wording in French or in English: should be empty.</summary>
    public static IReadOnlyList<string> WithoutWording(Assembly assembly)
        => [.. In(assembly)
            .Where(f => !TextCatalog.All(ContentLanguage.French).ContainsKey(f.Text.Key) || !TextCatalog.All(ContentLanguage.English).ContainsKey(f.Text.Key))
            .Select(f => $"{f.Field} ({f.Text.Key})")];
}
