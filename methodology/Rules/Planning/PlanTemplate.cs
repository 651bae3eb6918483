namespace TicBot.Methodology.Rules.Planning;

/// <summary>
/// The seed's planning tasks, in its order, with default durations and dependencies (expert additions, marked
/// <see cref="PlanTaskTemplate.IsAddition"/>, shown as indicative). Durations suit a mid-sized commune; teams adjust them.
/// </summary>
public static class PlanTemplate
{
    /// <summary>
    /// Working days between the launch of the consultation and the delivery of the equipment: publication
    /// (at least 35 days for an open call for tenders), analysis, award, notification, delivery.
    /// </summary>
    public const int ProcurementWorkingDays = 60;

    /// <summary>The default tasks, in the seed's order.</summary>
    public static IReadOnlyList<PlanTaskTemplate> Default { get; } =
    [
        new() { TaskId = "task.preparatory-dossiers", WorkingDays = 20 },
        new() { TaskId = "task.management-rules", WorkingDays = 15 },
        new()
        {
            TaskId = "task.organisation-study", WorkingDays = 30, DependsOn = ["task.management-rules"],
            EndsBefore = [KeyDateKind.PilotStart, KeyDateKind.GoLive],
        },
        new()
        {
            TaskId = "task.technical-choices", WorkingDays = 25, DependsOn = ["task.management-rules"],
            EndsBefore = [KeyDateKind.ConsultationLaunch],
        },
        new() { TaskId = "task.communicate", WorkingDays = 5 },
        new()
        {
            TaskId = "task.train-agents", WorkingDays = 10, DependsOn = ["task.configure-software", "task.organisation-study"],
            EndsBefore = [KeyDateKind.PilotStart, KeyDateKind.GoLive],
        },
        // The usagers are told at several moments (project defined, consultation, pilot sites, then in operation): the
        // communication milestones date each one; the task opens with the first, not at the pilot.
        new() { TaskId = "task.inform-usagers", WorkingDays = 5 },
        new()
        {
            TaskId = "task.receive-equipment", WorkingDays = 10, DependsOn = ["task.technical-choices"],
            StartsNotBefore = KeyDateKind.ConsultationLaunch, LagWorkingDays = ProcurementWorkingDays,
        },
        new() { TaskId = "task.configure-software", WorkingDays = 20, DependsOn = ["task.receive-equipment", "task.management-rules"] },
        new() { TaskId = "task.data-migration", WorkingDays = 10, DependsOn = ["task.configure-software"], IsOptional = true },
        new()
        {
            TaskId = "task.validate-operation", WorkingDays = 10,
            DependsOn = ["task.configure-software", "task.data-migration", "task.train-agents"],
            StartsNotBefore = KeyDateKind.PilotStart, EndsBefore = [KeyDateKind.GoLive],
        },
    ];
}
