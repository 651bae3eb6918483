namespace TicBot.Methodology.Rules.SiAdvice;

/// <summary>
/// Overhaul of the information system or mere convergence, as the seed puts it: an SI open enough calls for
/// interfaces and data presentation layers (keeping the business application; a lag when an interface is not real
/// time); a closed or obsolete SI, called into question, calls for a large project (better integrated and adapted;
/// long, deep change). The openness and obsolescence decide the direction; budget and horizon change how the work is
/// phased and what is said about it (expert additions), never the direction.
/// </summary>
public static class SiAdvisor
{
    /// <summary>The identifier of convergence in the content.</summary>
    public const string Convergence = "si.convergence";

    /// <summary>The identifier of an overhaul in the content.</summary>
    public const string Overhaul = "si.overhaul";

    private const string Nbsp = "\u00a0";

    /// <summary>
    /// Advises from the answers: overhaul whenever the SI is closed or obsolete; otherwise convergence, clear-cut
    /// when the SI is open enough, to be confirmed when its openness is partial or unknown (the seed's first step is
    /// "essayer de trouver des interfaces").
    /// </summary>
    public static SiAdviceResult Advise(SiAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var overhaul = answers.Openness == SiOpenness.Closed || answers.IsObsolete;
        var reasons = overhaul ? OverhaulReasons(answers) : ConvergenceReasons(answers);
        var clearCut = overhaul || answers.Openness == SiOpenness.Open;
        var cautions = overhaul ? OverhaulCautions(answers) : ConvergenceCautions(answers);
        return new SiAdviceResult(overhaul ? Overhaul : Convergence, clearCut, reasons, cautions);
    }

    private static List<MethodologyText> OverhaulReasons(SiAnswers answers)
    {
        var reasons = new List<MethodologyText>();
        if (answers.Openness == SiOpenness.Closed)
        {
            reasons.Add(new($"Le système est fermé{Nbsp}: faute d’interfaces possibles, la méthode conduit à le remettre en cause et à se lancer dans un projet d’envergure.", "The system is closed: with no interface possible, the method leads to calling it into question and embarking on a large-scale project."));
        }

        if (answers.IsObsolete)
        {
            reasons.Add(answers.Openness is SiOpenness.Open or SiOpenness.Partial
                ? new($"Le système est obsolète ou remis en cause{Nbsp}: même ouvert, s’y raccorder prolongerait un outil en fin de vie{Nbsp}; la méthode conduit à la refonte.", "The system is obsolete or called into question: open as it is, connecting to it would prolong a tool at the end of its life; the method leads to an overhaul.")
                : new($"Le système est obsolète ou remis en cause{Nbsp}: la méthode conduit à la refonte.", "The system is obsolete or called into question: the method leads to an overhaul."));
        }

        return reasons;
    }

    private static List<MethodologyText> ConvergenceReasons(SiAnswers answers) => answers.Openness switch
    {
        SiOpenness.Open => [new($"Le système est suffisamment ouvert{Nbsp}: la méthode conduit à chercher des interfaces et des couches de présentation des données, en conservant l’application métier.", "The system is open enough: the method leads to looking for interfaces and data presentation layers, keeping the business application.")],
        SiOpenness.Partial => [new($"Le système n’est que partiellement ouvert{Nbsp}: cherchez d’abord des interfaces{Nbsp}; si elles s’avèrent impossibles, il est à considérer comme fermé et la refonte s’impose.", "The system is only partly open: look for interfaces first; if none proves possible, treat it as closed and an overhaul becomes necessary.")],
        _ => [new($"L’ouverture du système n’est pas connue{Nbsp}: faites-la évaluer. Suffisamment ouvert, il appelle une convergence{Nbsp}; fermé, une refonte.", "How open the system is is not known: have it assessed. Open enough, it calls for convergence; closed, for an overhaul.")],
    };

    private static List<MethodologyText> OverhaulCautions(SiAnswers answers)
    {
        var cautions = new List<MethodologyText>
        {
            new($"Gros projet{Nbsp}: prévoyez sa durée et la conduite d’un changement en profondeur (étude d’organisation, formation des agents).", "Large project: plan for its duration and for managing deep change (organisation study, staff training)."),
        };
        switch (answers.Budget)
        {
            case BudgetLevel.Limited:
                cautions.Add(new($"Budget limité{Nbsp}: découpez la refonte en lots et recherchez les financements{Nbsp}; le budget fixe le rythme, pas la direction.", "Limited budget: split the overhaul into phases and look for funding; the budget sets the pace, not the direction.", IsAddition: true));
                break;
            case BudgetLevel.Ample:
                cautions.Add(new("Le budget permet d’engager la refonte d’un seul tenant.", "The budget allows the overhaul to be undertaken in one go.", IsAddition: true));
                break;
        }

        switch (answers.Horizon)
        {
            case TimeHorizon.UnderOneYear:
                cautions.Add(new($"Échéance de moins d’un an{Nbsp}: une refonte complète ne tiendra pas ce délai{Nbsp}; phasez-la, avec un premier lot pour l’échéance.", "Deadline under a year: a full overhaul will not fit; phase it, with a first phase for the deadline.", IsAddition: true));
                break;
            case TimeHorizon.MoreThanTwoYears:
                cautions.Add(new("L’horizon de plus de deux ans laisse le temps d’une refonte.", "A horizon beyond two years leaves time for an overhaul.", IsAddition: true));
                break;
        }

        return cautions;
    }

    private static List<MethodologyText> ConvergenceCautions(SiAnswers answers)
    {
        var cautions = new List<MethodologyText>
        {
            answers.NeedsRealTime
                ? new($"Le service a besoin de données en temps réel{Nbsp}: exigez des interfaces en temps réel{Nbsp}; une interface en différé créerait un décalage des données.", "The service needs real-time data: require real-time interfaces; a deferred interface would create a data lag.")
                : new($"Une interface qui n’est pas en temps réel crée un décalage des données{Nbsp}: vérifiez qu’il reste acceptable pour les usagers et les agents.", "An interface that is not real time creates a data lag: check that it stays acceptable for the public and staff."),
        };
        if (answers.Budget == BudgetLevel.Limited || answers.Horizon == TimeHorizon.UnderOneYear)
        {
            cautions.Add(new($"Budget limité ou échéance courte{Nbsp}: la convergence, qui conserve l’application métier, s’y prête.", "Limited budget or short deadline: convergence, which keeps the business application, suits them.", IsAddition: true));
        }

        return cautions;
    }
}
