using TicBot.Methodology;
using TicBot.Exports.Dossier.Word;
using TicBot.Exports.Typography;

namespace TicBot.Exports.Dossier.Sections;

/// <summary>"Démarrer le projet (comités et rôle des acteurs)": the committees, their members and rhythm, and the team with its roles.</summary>
internal sealed class GovernanceSection : IDossierSection
{
    private const string ProjectLeadRole = "role.project-lead";

    public void Write(DossierContext context)
    {
        var snapshot = context.Snapshot;
        var project = snapshot.Project;
        var writer = context.Writer;
        writer.Heading(1, context.T("Gouvernance", "Governance"));
        writer.Heading(2, context.T("Comités", "Committees"));
        if (project.Committees.Count == 0)
        {
            context.Missing(context.T("les comités du projet ne sont pas encore constitués.", "the project's committees are not set up yet."));
        }
        else
        {
            writer.Table(new WordTable(
                context.T("Comités du projet", "Project committees"),
                [new(context.T("Comité", "Committee"), 3), new(context.T("Membres", "Members"), 5), new(context.T("Rythme", "Rhythm"), 2)],
                [.. project.Committees.Select(c => new WordRow([
                    SafeText.Clean(c.Name),
                    c.MemberNames.Count == 0 ? context.T("à désigner", "to be named") : string.Join(", ", c.MemberNames.Select(SafeText.Clean)),
                    Rhythm(context, c.MeetingEveryWeeks)]))]));
        }

        writer.Heading(2, context.T("Équipe projet", "Project team"));
        writer.Table(new WordTable(
            context.T("Équipe projet", "Project team"),
            [new(context.T("Nom", "Name"), 4), new(context.T("Rôle", "Role"), 4)],
            [.. project.Members.Select(m => new WordRow([
                SafeText.Clean(m.Name),
                m.ResponsibilityId is { } role ? snapshot.ContentTitle(role) : context.T("non précisé", "not given")]))]));
        if (!project.Members.Any(m => m.ResponsibilityId == ProjectLeadRole))
        {
            context.Missing(context.T("le chef de projet n’est pas désigné.", "the project lead is not named."));
        }
    }

    private static string Rhythm(DossierContext context, int? weeks) => weeks switch
    {
        null => context.T("à fixer", "to be set"),
        1 => context.T("chaque semaine", "every week"),
        { } n => context.T("toutes les ", "every ") + DisplayFormat.Count(n, context.Language, "semaine", "semaines", "week", "weeks"),
    };
}
