namespace TicBot.Methodology.Rules.SiAdvice;

/// <summary>
/// Overhaul of the information system or mere convergence, after the seed: an SI open enough calls for interfaces
/// (keeping the business application; lag if not real time); a closed or obsolete SI calls for a large project
/// (better integrated and adapted; long, deep change). Budget and time weigh as expert additions.
/// </summary>
public static class SiAdvisor
{
    /// <summary>The identifier of convergence in the content.</summary>
    public const string Convergence = "si.convergence";

    /// <summary>The identifier of an overhaul in the content.</summary>
    public const string Overhaul = "si.overhaul";

    private const string Nbsp = "\u00a0";

    /// <summary>Advises from the answers. On an exact tie, convergence is advised (smaller, reversible step).</summary>
    public static SiAdviceResult Advise(SiAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        int convergence = 0, overhaul = 0;
        var reasons = new List<MethodologyText>();
        switch (answers.Openness)
        {
            case SiOpenness.Open:
                convergence += 3;
                reasons.Add(new($"Le système est suffisamment ouvert{Nbsp}: des interfaces peuvent le relier au nouveau service.", "The system is open enough: interfaces can connect it to the new service."));
                break;
            case SiOpenness.Partial:
                convergence += 1;
                reasons.Add(new($"Le système n'est que partiellement ouvert{Nbsp}: les interfaces possibles sont à vérifier.", "The system is only partly open: possible interfaces need checking."));
                break;
            case SiOpenness.Closed:
                overhaul += 3;
                reasons.Add(new($"Le système est fermé{Nbsp}: peu de convergence possible sans le remettre en cause.", "The system is closed: little convergence is possible without calling it into question."));
                break;
            default:
                reasons.Add(new($"L'ouverture du système est inconnue{Nbsp}: faites-la évaluer avant de choisir.", "How open the system is is unknown: have it assessed before choosing."));
                break;
        }

        if (answers.IsObsolete)
        {
            overhaul += 3;
            reasons.Add(new($"Le système est obsolète ou remis en cause{Nbsp}: s'y raccorder prolonge un outil en fin de vie.", "The system is obsolete or called into question: connecting to it prolongs a tool at the end of its life."));
        }

        if (answers.NeedsRealTime && answers.Openness != SiOpenness.Open)
        {
            overhaul += 1;
            reasons.Add(new($"Le service exige le temps réel{Nbsp}: une interface différée créerait un décalage des données.", "The service needs real time: a delayed interface would create a data lag."));
        }

        switch (answers.Budget)
        {
            case BudgetLevel.Limited:
                convergence += 2;
                reasons.Add(new($"Budget limité{Nbsp}: une refonte est un projet d'envergure.", "Limited budget: an overhaul is a large-scale project."));
                break;
            case BudgetLevel.Ample:
                overhaul += 1;
                reasons.Add(new("Budget suffisant pour envisager une refonte.", "Budget enough to consider an overhaul."));
                break;
        }

        switch (answers.Horizon)
        {
            case TimeHorizon.UnderOneYear:
                convergence += 2;
                reasons.Add(new($"Échéance de moins d'un an{Nbsp}: une refonte demande du temps.", "Deadline under a year: an overhaul takes time."));
                break;
            case TimeHorizon.MoreThanTwoYears:
                overhaul += 1;
                reasons.Add(new("Horizon de plus de deux ans, compatible avec une refonte.", "Horizon beyond two years, compatible with an overhaul."));
                break;
        }

        var approach = overhaul > convergence ? Overhaul : Convergence;
        return new SiAdviceResult(approach, Math.Abs(overhaul - convergence) > 1, convergence, overhaul, reasons, Cautions(approach, answers));
    }

    private static List<MethodologyText> Cautions(string approach, SiAnswers answers)
    {
        var cautions = new List<MethodologyText>();
        if (approach == Convergence)
        {
            if (answers.NeedsRealTime)
            {
                cautions.Add(new("Exigez des interfaces en temps réel, sinon le décalage des données sera visible des usagers.", "Require real-time interfaces, or the data lag will be visible to the public."));
            }

            if (answers.IsObsolete)
            {
                cautions.Add(new($"La convergence ne règle pas l'obsolescence{Nbsp}: prévoyez la refonte dans le plan d'ensemble.", "Convergence does not solve obsolescence: plan the overhaul in the overall roadmap."));
            }
        }
        else
        {
            cautions.Add(new($"Gros projet{Nbsp}: prévoyez la durée et la conduite d'un changement en profondeur (étude d'organisation, formation).", "Large project: plan for the duration and for managing deep change (organisation study, training)."));
            if (answers.Horizon == TimeHorizon.UnderOneYear)
            {
                cautions.Add(new($"L'échéance de moins d'un an paraît intenable pour une refonte{Nbsp}: phasez le projet.", "A deadline under a year looks untenable for an overhaul: phase the project."));
            }
        }

        return cautions;
    }
}
