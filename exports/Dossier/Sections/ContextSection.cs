using TicBot.Methodology;
using TicBot.Methodology.Content;
using TicBot.Exports.Dossier.Word;
using TicBot.Exports.Typography;

namespace TicBot.Exports.Dossier.Sections;

/// <summary>
/// Framing and context: the collectivité (kind, name, size, holiday calendar), then what the team noted about each
/// context factor of "pas de modèle unique", the blockers among usagers, agents and élus apart.
/// </summary>
internal sealed class ContextSection : IDossierSection
{
    private const string BlockerPrefix = "context.blockers-";

    public void Write(DossierContext context)
    {
        var snapshot = context.Snapshot;
        var language = context.Language;
        var profile = snapshot.Project.Profile;
        var writer = context.Writer;
        writer.Heading(1, context.T("Cadrage et contexte", "Framing and context"));
        writer.Paragraph(context.T(
            "Il n’y a pas de modèle unique : un projet TIC dépend de la taille de la collectivité, des spécificités du territoire, de la culture et du niveau d’équipement TIC, du dynamisme de l’équipe et des freins identifiés chez les usagers, les agents et les élus.",
            "There is no single model: an ICT project depends on the size of the collectivité, the specifics of the territory, the ICT culture and equipment, the team's dynamism and the blockers found among the public, staff and elected officials."));
        writer.Heading(2, context.T("La collectivité", "The collectivité"));
        var unknown = context.T("non renseigné", "not given");
        writer.Table(new WordTable(
            context.T("Profil de la collectivité", "Profile of the collectivité"),
            [new(context.T("Élément", "Item"), 2), new(context.T("Valeur", "Value"), 3)],
            [
                [context.T("Type", "Kind"), snapshot.Content.Label(profile.Kind)],
                [context.T("Nom", "Name"), profile.Name is { Length: > 0 } ? SafeText.Clean(profile.Name) : unknown],
                [context.T("Population", "Population"), profile.Population is { } population ? DisplayFormat.Count(population, language, "habitant", "habitants", "inhabitant", "inhabitants") : unknown],
                [context.T("Agents", "Staff"), profile.AgentCount is { } agents ? DisplayFormat.Count(agents, language, "agent", "agents", "staff member", "staff members") : unknown],
                [context.T("Jours fériés", "Public holidays"), snapshot.Content.Label(snapshot.Zone)],
            ]));

        var notes = snapshot.Project.ContextNotes;
        if (notes.Count == 0)
        {
            context.Missing(context.T(
                "le contexte du projet et les freins chez les usagers, les agents et les élus ne sont pas encore précisés.",
                "the project's context and the blockers among the public, staff and elected officials are not stated yet."));
            return;
        }

        var factors = snapshot.Content.ContextFactors;
        writer.Heading(2, context.T("Contexte du projet", "Project context"));
        writer.Table(Factors(context, context.T("Contexte du projet", "Project context"), factors.Where(f => !f.Id.StartsWith(BlockerPrefix, StringComparison.Ordinal)), unknown));
        writer.Heading(2, context.T("Freins identifiés", "Blockers identified"));
        writer.Table(Factors(context, context.T("Freins identifiés", "Blockers identified"), factors.Where(f => f.Id.StartsWith(BlockerPrefix, StringComparison.Ordinal)), unknown));
    }

    private static WordTable Factors(DossierContext context, string caption, IEnumerable<ContentItem> factors, string unknown)
    {
        var notes = context.Snapshot.Project.ContextNotes;
        return new WordTable(
            caption,
            [new(context.T("Facteur", "Factor"), 2), new(context.T("Ce que l’équipe a noté", "What the team noted"), 5)],
            [.. factors.Select(f => new WordRow([f.Title, notes.TryGetValue(f.Id, out var note) ? SafeText.Clean(note) : unknown]))]);
    }
}
