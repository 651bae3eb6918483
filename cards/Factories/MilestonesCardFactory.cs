using TicBot.Methodology;
using TicBot.Cards.Model;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using static TicBot.Cards.Factories.Blocks;

namespace TicBot.Cards.Factories;

/// <summary>
/// The communication milestones ("communiquer à chaque étape"): for each, who is informed, when, its
/// state in words (fait, en retard, prévu, à planifier) and why it matters.
/// </summary>
public static class MilestonesCardFactory
{
    public static AdaptiveCard Create(MilestonesView milestones, ContentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        var title = T(language, $"Jalons de communication — {Clip(milestones.ProjectName)}", $"Communication milestones — {Clip(milestones.ProjectName)}");
        List<AdaptiveElement> body =
        [
            Heading(title),
            Subtle(T(language,
                "Communiquer à chaque étape : en interne et en externe dès le lancement, puis auprès des usagers lorsque le projet est défini, lorsque la consultation est lancée et au démarrage des sites pilotes.",
                "Communicate at every step: internally and externally from the launch, then to the public when the project is defined, when the tender is launched and when pilot sites start.")),
        ];
        if (milestones.Milestones.Count == 0)
        {
            body.Add(Paragraph(T(language, "Aucun jalon n’est encore prévu.", "No milestone is planned yet.")));
        }

        foreach (var milestone in milestones.Milestones)
        {
            var state = State(milestone, milestones.Today, language);
            body.Add(new Container(
            [
                new TextBlock(milestone.Title) { Weight = TextWeight.Bolder, Wrap = true },
                new FactSet(
                [
                    new Fact(T(language, "Public", "Audience"), milestone.Audience),
                    new Fact(T(language, "État", "Status"), state),
                ]),
                Subtle(T(language, "Pourquoi : ", "Why: ") + milestone.Why),
            ])
            { Separator = true });
        }

        return Card(language, title, body, [MenuButton(language)]);
    }

    private static string State(MilestoneView milestone, DateOnly today, ContentLanguage language)
    {
        if (milestone.Cancelled)
        {
            return T(language, "annulé", "cancelled");
        }

        if (milestone.Done)
        {
            return T(language, "fait", "done");
        }

        if (milestone.Due is not { } due)
        {
            return T(language, "à planifier", "to be planned");
        }

        var date = DisplayFormat.Date(due, language);
        return due < today
            ? T(language, $"en retard (prévu le {date})", $"late (planned for {date})")
            : T(language, $"prévu le {date}", $"planned for {date}");
    }
}
