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
                "Communiquer à chaque étape : en interne et en externe dès le lancement, puis auprès des usagers lorsque le projet est clairement défini, lorsque la consultation pour l’équipement est lancée, au démarrage des sites pilotes et à intervalle régulier en exploitation.",
                "Communicate at every step: internally and externally from the launch, then to the public once the project is clearly defined, when the call for tenders for the equipment is launched, when the pilot sites start and at regular intervals in operation.")),
        ];
        if (milestones.Milestones.Count == 0)
        {
            body.Add(Paragraph(T(language, "Aucun jalon n’est encore prévu.", "No milestone is planned yet.")));
        }
        else
        {
            body.Add(AdditionText.Note(T(language,
                "les dates que TicBot propose à partir de vos dates clés sont indicatives ; ajustez-les à votre projet.",
                "the dates TicBot suggests from your key dates are indicative; adjust them to your project."), language));
        }

        foreach (var milestone in milestones.Milestones)
        {
            body.Add(new Container(Milestone(milestone, milestones.Today, language)) { Separator = true });
        }

        return Card(language, title, body, [MenuButton(language)]);
    }

    private static List<AdaptiveElement> Milestone(MilestoneView milestone, DateOnly today, ContentLanguage language)
    {
        List<Fact> facts =
        [
            new(T(language, "Public", "Audience"), milestone.Audience),
            new(T(language, "État", "Status"), State(milestone, today, language)),
        ];
        if (milestone.RecurEveryMonths is { } months)
        {
            facts.Add(new(T(language, "Rythme", "Rhythm"), T(language,
                $"tous les {DisplayFormat.Months(months, language)}, sans date de fin (indicatif)",
                $"every {DisplayFormat.Months(months, language)}, with no end date (indicative)")));
        }

        List<AdaptiveElement> items = [new TextBlock(milestone.Title) { Weight = TextWeight.Bolder, Wrap = true }];
        if (milestone.IsAddition)
        {
            items.Add(Subtle(T(language, $"{AdditionText.Label(language)} : cette action ne figure pas dans la méthode.", $"{AdditionText.Label(language)}: this action is not in the method.")));
        }

        items.Add(new FactSet(facts));
        items.Add(Subtle(AdditionText.Why(milestone.Why, milestone.IsAddition, language)));
        if (milestone.AdditionNote is { } note)
        {
            items.Add(AdditionText.Note(note, language));
        }

        return items;
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
