namespace TicBot.Methodology.Projects;

/// <summary>What a member wants to do with a project; <see cref="ProjectRoles"/> says who may.</summary>
public enum ProjectRight
{
    Read,

    /// <summary>Tick or untick a checklist item.</summary>
    Tick,

    /// <summary>The recueil des attentes: context, blockers, expectations, ranking, the étude préalable decision.</summary>
    EditNeeds,

    /// <summary>The dossier de choix: management rules, scenarios, their costs, funding, advantages and drawbacks.</summary>
    EditScenarios,

    /// <summary>The planification: key dates, tasks, milestones.</summary>
    EditPlan,

    /// <summary>Record the validation of a scenario (a decision).</summary>
    ValidateScenario,

    /// <summary>Committees and the actors' roles, the chef de projet among them.</summary>
    ChangeGovernance,
    Rename,

    /// <summary>Archive or restore.</summary>
    Archive,
    Delete,
    TransferOwnership,
}
