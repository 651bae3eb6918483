using System.Text.Json;
using TicBot.BotKit.Storage;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Serialization;

namespace TicBot.Dialogs.Projects;

/// <summary>
/// Reads and writes what a project key holds: a project document (<see cref="ProjectSerializer"/>), or a tombstone
/// (<c>{"tombstone":{…}}</c>) once it was deleted.
/// </summary>
internal static class ProjectDocuments
{
    private const string TombstoneProperty = "tombstone";

    /// <exception cref="MethodologyException">The document is neither a readable project nor a tombstone.</exception>
    public static ProjectLookup Read(string key, StoreItem item)
    {
        if (item.Value.ValueKind == JsonValueKind.Object && item.Value.TryGetProperty(TombstoneProperty, out var tombstone))
        {
            var read = tombstone.Deserialize(TicBotDialogsJsonContext.Default.ProjectTombstone)
                ?? throw new MethodologyException("A project tombstone cannot be null.");
            return new ProjectLookup(key, null, read);
        }

        return new ProjectLookup(key, ProjectSerializer.Deserialize(item.Value.GetRawText()), null);
    }

    public static JsonElement Write(Project project)
    {
        using var document = JsonDocument.Parse(ProjectSerializer.Serialize(project));
        return document.RootElement.Clone();
    }

    public static JsonElement Write(ProjectTombstone tombstone)
    {
        var wrapper = new Dictionary<string, JsonElement>
        {
            [TombstoneProperty] = JsonSerializer.SerializeToElement(tombstone, TicBotDialogsJsonContext.Default.ProjectTombstone),
        };
        return JsonSerializer.SerializeToElement(wrapper, TicBotDialogsJsonContext.Default.DictionaryStringJsonElement);
    }
}
