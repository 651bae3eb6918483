using System.Text.Json.Serialization;

namespace TicBot.Methodology.Projects;

public sealed partial class Project
{
    /// <summary>
    /// Whether the agents' training is done in-house (true) or bought with the equipment (false); the seed asks the
    /// CCTP for "une part importante" of training only in the second case. <value>Null while not known.</value>
    /// </summary>
    [JsonInclude]
    public bool? TrainingInHouse { get; internal set; }

    /// <summary>
    /// The day the usagers were told the project was clearly defined, when the team told them outside a planned
    /// milestone. <value>Null when not recorded (a done <c>comm.usagers-project-defined</c> milestone also counts).</value>
    /// </summary>
    [JsonInclude]
    public DateOnly? ProjectDefinedAnnouncedOn { get; internal set; }

    /// <summary>Records who trains the agents; null when not known. Recording the same answer again does nothing.</summary>
    public void SetTrainingInHouse(bool? inHouse, Actor actor, DateTimeOffset at)
    {
        if (TrainingInHouse == inHouse)
        {
            return;
        }

        TrainingInHouse = inHouse;
        Record(actor, at, HistoryAction.TrainingProvisionSet, inHouse switch { true => "in-house", false => "contractor", _ => "unknown" });
    }

    /// <summary>
    /// Records the day the usagers were told the project was clearly defined (null withdraws the record).
    /// Recording the same day again does nothing.
    /// </summary>
    public void RecordProjectDefinedAnnouncement(DateOnly? on, Actor actor, DateTimeOffset at)
    {
        if (ProjectDefinedAnnouncedOn == on)
        {
            return;
        }

        ProjectDefinedAnnouncedOn = on;
        Record(actor, at, HistoryAction.AnnouncementRecorded, on?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
