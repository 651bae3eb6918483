using TicBot.Methodology;
using TicBot.Exports.Typography;

namespace TicBot.Exports.Dossier.Sections;

/// <summary>The title page: collectivité, project, date, version, who asked, the phase, and what "indicatif" means.</summary>
internal sealed class TitlePageSection : IDossierSection
{
    public void Write(DossierContext context)
    {
        var snapshot = context.Snapshot;
        var language = context.Language;
        var writer = context.Writer;
        var date = DisplayFormat.Date(snapshot.Today, language);
        writer.Subtitle(snapshot.CollectiviteName);
        writer.Title(snapshot.ProjectName);
        writer.Subtitle(context.T("Dossier de choix — étude préalable", "Choice dossier — preliminary study"));
        writer.Labelled(Wording.Colon(language, "Date"), date);
        writer.Labelled(Wording.Colon(language, "Version"), snapshot.Request.Version is { Length: > 0 } version
            ? SafeText.Clean(version)
            : context.T($"le projet tel qu’il est enregistré au {date}", $"the project as recorded on {date}"));
        if (snapshot.Request.RequesterName is { Length: > 0 } requester)
        {
            writer.Labelled(Wording.Colon(language, context.T("Établi à la demande de", "Prepared at the request of")), SafeText.Clean(requester));
        }

        writer.Labelled(Wording.Colon(language, context.T("Phase du projet", "Project phase")), snapshot.Content.Label(snapshot.Project.Phase));
        writer.Note(context.T(
            "Document établi par TicBot à partir des données du projet à cette date. Les valeurs marquées « indicatif » sont des estimations proposées par TicBot, à ajuster par l’équipe ; celles marquées « complément » vont au-delà de la méthode suivie.",
            "Document prepared by TicBot from the project's data on that date. Values marked “indicative” are estimates suggested by TicBot, for the team to adjust; those marked “addition” go beyond the method followed."));
        writer.PageBreak();
    }
}
