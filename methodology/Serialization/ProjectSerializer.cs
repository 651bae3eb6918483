using System.Text.Json;
using System.Text.Json.Nodes;
using TicBot.Methodology.Projects;

namespace TicBot.Methodology.Serialization;

/// <summary>Reads and writes <see cref="Project"/> documents, migrating older schema versions on read.</summary>
public static class ProjectSerializer
{
    // Index i migrates a document from schema version i + 1 to i + 2.
    private static readonly Func<JsonObject, JsonObject>[] Migrations = [ToVersion2];

    /// <summary>Writes a project as JSON (UTF-8 text).</summary>
    public static string Serialize(Project project) =>
        JsonSerializer.Serialize(project, MethodologyJsonContext.Default.Project);

    /// <summary>Reads a project, migrating it to <see cref="Project.CurrentSchemaVersion"/> first if needed.</summary>
    /// <exception cref="MethodologyException">The text is not a project document, or it was written by a newer version.</exception>
    public static Project Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var node = JsonNode.Parse(json) as JsonObject
                ?? throw new MethodologyException("A project document must be a JSON object.");
            var version = node["schemaVersion"]?.GetValue<int>() ?? 1;
            if (version > Project.CurrentSchemaVersion || version < 1)
            {
                throw new MethodologyException(
                    $"Project schema version {version} is not supported (this version reads 1 to {Project.CurrentSchemaVersion}).");
            }

            for (var v = version; v < Project.CurrentSchemaVersion; v++)
            {
                node = Migrations[v - 1](node);
                node["schemaVersion"] = v + 1;
            }

            var project = node.Deserialize(MethodologyJsonContext.Default.Project)
                ?? throw new MethodologyException("A project document cannot be null.");
            if (string.IsNullOrWhiteSpace(project.Id) || string.IsNullOrWhiteSpace(project.OwnerId))
            {
                throw new MethodologyException("A project document needs an id and an owner.");
            }

            if (!Project.IsValidId(project.Id))
            {
                throw new MethodologyException("A project id is 1 to 32 lowercase letters, digits or dashes.");
            }

            return project;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            throw new MethodologyException($"Not a valid project document: {ex.Message}", ex);
        }
    }

    /// <summary>Version 1 held one project per place, identified by its storage key: it becomes the place's first project.</summary>
    private static JsonObject ToVersion2(JsonObject document)
    {
        document["id"] = Project.FirstProjectId;
        return document;
    }
}
