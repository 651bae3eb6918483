namespace TicBot.Methodology.Projects;

/// <summary>What a history entry records.</summary>
public enum HistoryAction
{
    ProjectCreated,
    ProjectRenamed,
    ProfileChanged,
    PhaseChanged,
    MemberAdded,
    MemberChanged,
    MemberRemoved,
    ContextNoted,
    ExpectationAdded,
    ExpectationChanged,
    ExpectationRemoved,
    ExpectationsRanked,
    ScenarioSaved,
    ScenarioRemoved,
    ScenarioValidated,
    DecisionReopened,
    CommitteeSaved,
    CommitteeRemoved,
    PlanSet,
    TaskCompleted,
    ChecklistItemTicked,
    ChecklistItemUnticked,
    MilestonesSet,
    MilestoneDone,
    MilestoneCancelled,

    /// <summary>A person asked to be erased; their id and name were replaced by a pseudonym.</summary>
    PersonErased,

    ProjectArchived,
    ProjectRestored,

    /// <summary>Another member became the owner; the subject is their name.</summary>
    OwnershipTransferred,

    /// <summary>Who trains the agents (in-house or the contractor) was recorded.</summary>
    TrainingProvisionSet,

    /// <summary>The day the usagers were told the project was defined was recorded.</summary>
    AnnouncementRecorded,
}
