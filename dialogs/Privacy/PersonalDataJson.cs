using System.Text.Json;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Serialization;

namespace TicBot.Dialogs.Privacy;

/// <summary>How a project appears in a person's export: whole when it is theirs, only their part when shared.</summary>
internal static class PersonalDataJson
{
    public static void WriteProject(Utf8JsonWriter writer, string key, Project project, string userId, bool isPersonal)
    {
        writer.WriteStartObject();
        writer.WriteString("storageKey", key);
        writer.WriteString("name", project.Name);
        writer.WriteBoolean("personal", isPersonal);
        if (isPersonal)
        {
            writer.WritePropertyName("document");
            using var document = JsonDocument.Parse(ProjectSerializer.Serialize(project));
            document.RootElement.WriteTo(writer);
        }
        else
        {
            // Shared projects: the person's membership and what they did, not their colleagues' data.
            if (project.FindMember(userId) is { } member)
            {
                writer.WriteString("role", member.Role.ToString());
            }

            writer.WriteStartArray("ticks");
            foreach (var tick in project.ChecklistTicks.Where(t => t.ById == userId))
            {
                writer.WriteStartObject();
                writer.WriteString("checklist", tick.ChecklistId);
                writer.WriteString("item", tick.ItemId);
                writer.WriteString("at", tick.At);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("history");
            foreach (var entry in project.History.Where(h => h.ActorId == userId))
            {
                writer.WriteStartObject();
                writer.WriteString("at", entry.At);
                writer.WriteString("action", entry.Action.ToString());
                if (entry.Subject is not null)
                {
                    writer.WriteString("subject", entry.Subject);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>A project the person deleted: what stays of it names them.</summary>
    public static void WriteTombstone(Utf8JsonWriter writer, string key, Dialogs.Projects.ProjectTombstone tombstone)
    {
        writer.WriteStartObject();
        writer.WriteString("storageKey", key);
        writer.WriteString("name", tombstone.Name);
        writer.WriteString("deletedAt", tombstone.DeletedAt);
        writer.WriteEndObject();
    }
}
