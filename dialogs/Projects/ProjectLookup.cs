using TicBot.Methodology.Projects;

namespace TicBot.Dialogs.Projects;

/// <summary>A project as found in storage: the project, what stays of it after its deletion, or nothing.</summary>
/// <param name="Key">The storage key it was found under (the legacy key for a project not migrated yet).</param>
public sealed record ProjectLookup(string Key, Project? Project, ProjectTombstone? Tombstone)
{
    public static ProjectLookup None(string key) => new(key, null, null);
}
