using TicBot.Cards.Actions;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Health;

namespace TicBot.Cards.Views;

public static partial class ProjectViews
{
    /// <summary>The project summary with the health flags the methodology found.</summary>
    public static ProjectSummaryView Summary(Project project, MethodologyContent content, IReadOnlyList<HealthFlag> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        return Summary(project, content, [.. flags.Select(f => Flag(f, content))]);
    }

    /// <summary>
    /// A health flag in the content's language. When one of the items that would clear it belongs to a
    /// checklist, the flag gets a button opening that checklist.
    /// </summary>
    public static HealthFlagView Flag(HealthFlag flag, MethodologyContent content)
    {
        ArgumentNullException.ThrowIfNull(flag);
        ArgumentNullException.ThrowIfNull(content);
        var checklist = flag.RelatedItemIds
            .Select(id => content.Checklists.FirstOrDefault(c => c.FindItem(id) is not null))
            .FirstOrDefault(c => c is not null);
        var english = content.Language == ContentLanguage.English;
        return new HealthFlagView(
            flag.Severity,
            flag.Title(content),
            flag.Risk(content),
            flag.SuggestedAction(content),
            checklist is null ? null : new ChecklistShowData(checklist.Id, 0),
            checklist is null ? null : english ? $"See the checklist: {checklist.Title}" : Factories.Blocks.FrenchSpacing($"Voir la liste : {checklist.Title}"),
            flag.IsAddition(content),
            flag.AdditionNote(content));
    }
}
