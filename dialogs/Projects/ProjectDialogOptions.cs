namespace TicBot.Dialogs.Projects;

/// <summary>The project a project dialog works on, kept in the dialog stack as JSON.</summary>
/// <param name="Place">The project's place (<see cref="ProjectPlace.Reference"/>).</param>
public sealed record ProjectDialogOptions(string Place, string ProjectId)
{
    public static ProjectDialogOptions Of(ProjectPlace place, string projectId)
        => new((place ?? throw new ArgumentNullException(nameof(place))).Reference, projectId);

    /// <summary>The place, on the channel of the turn.</summary>
    public ProjectPlace? PlaceOn(string? channelId)
        => ProjectPlace.FromReference(string.IsNullOrWhiteSpace(channelId) ? "unknown" : channelId, Place);
}
