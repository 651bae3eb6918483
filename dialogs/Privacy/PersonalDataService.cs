using System.Text.Encodings.Web;
using System.Text.Json;
using TicBot.BotKit.Privacy;
using TicBot.BotKit.Storage;
using TicBot.Dialogs.Projects;
using TicBot.Methodology.Projects;

namespace TicBot.Dialogs.Privacy;

/// <summary>
/// A user's rights over what TicBot keeps about them (RGPD articles 15, 20 and 17): export it, or erase it. Projects
/// are found by listing the channel's projects (<see cref="ProjectStore.AllAsync"/>), so a request costs a scan of
/// them — fine for a request made rarely. The member's own conversation documents in group chats are found through
/// their profile (<see cref="MemberProfile.Conversations"/>). Every <see cref="IPersonalDataStore"/> registered
/// (conversation references…) adds its part to both.
/// </summary>
public sealed class PersonalDataService(IStorage storage, ProjectStore projects, TimeProvider time, IEnumerable<IPersonalDataStore> stores)
{
    /// <summary>Everything stored about <paramref name="userId"/>, as indented JSON.</summary>
    public async Task<string> ExportAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var personal = new ProjectPlace(ProjectPlaceKind.Personal, userId, channelId);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("exportedAt", time.GetUtcNow());
            writer.WriteString("channelId", channelId);
            writer.WriteString("userId", userId);
            writer.WriteStartArray("projects");
            await foreach (var found in projects.AllAsync(channelId, cancellationToken))
            {
                if (found.Project is { } project && project.Involves(userId))
                {
                    PersonalDataJson.WriteProject(writer, found.Key, project, userId, IsPersonal(found.Key, personal));
                }
                else if (found.Tombstone is { } tombstone && tombstone.DeletedById == userId)
                {
                    PersonalDataJson.WriteTombstone(writer, found.Key, tombstone);
                }
            }

            writer.WriteEndArray();
            var userState = await ReadAsync(UserStateKey(channelId, userId), cancellationToken);
            writer.WritePropertyName("userState");
            WriteOrNull(writer, userState);
            writer.WriteStartArray("conversationStates");
            foreach (var key in MemberConversationKeys(channelId, userId, userState))
            {
                if (await ReadAsync(key, cancellationToken) is { } state)
                {
                    writer.WriteStartObject();
                    writer.WriteString("storageKey", key);
                    writer.WritePropertyName("document");
                    state.WriteTo(writer);
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndArray();

            foreach (var store in stores)
            {
                writer.WritePropertyName(store.ExportName);
                (await store.ExportAsync(channelId, userId, cancellationToken)).WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// Erases the user: their personal projects, user state, own conversation documents and what each
    /// <see cref="IPersonalDataStore"/> keeps are deleted; in shared projects (and the tombstones of projects they
    /// deleted) their id and name are replaced by a random pseudonym (what was done stays, who did it goes).
    /// </summary>
    /// <returns>How many projects were deleted or pseudonymised.</returns>
    public async Task<int> EraseAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var personal = new ProjectPlace(ProjectPlaceKind.Personal, userId, channelId);
        var count = 0;
        await foreach (var found in projects.AllAsync(channelId, cancellationToken))
        {
            var pseudonym = "erased-" + Guid.NewGuid().ToString("N");
            if (IsPersonal(found.Key, personal))
            {
                await projects.EraseAsync(found.Key, cancellationToken);
                count++;
            }
            else if (found.Project is { } project && project.Involves(userId))
            {
                var id = project.Id;
                var place = PlaceOf(found.Key, channelId);
                var update = place is null ? null : await projects.UpdateAsync(place, id, (p, at) => p.ErasePerson(userId, pseudonym, at), cancellationToken);
                count += update?.Status == ProjectUpdateStatus.Saved ? 1 : 0;
            }
            else if (found.Tombstone?.DeletedById == userId && await projects.EraseFromTombstoneAsync(found.Key, userId, pseudonym, cancellationToken))
            {
                count++;
            }
        }

        var userStateKey = UserStateKey(channelId, userId);
        var userState = await ReadAsync(userStateKey, cancellationToken);
        await storage.DeleteAsync([.. MemberConversationKeys(channelId, userId, userState), userStateKey], cancellationToken);
        foreach (var store in stores)
        {
            await store.EraseAsync(channelId, userId, cancellationToken);
        }

        return count;
    }

    private static bool IsPersonal(string key, ProjectPlace personal)
        => key == personal.LegacyKey || key.StartsWith(personal.ProjectsPrefix, StringComparison.Ordinal);

    /// <summary>The place of a project key (<c>{channel}/projects/{kind}/{placeId}[/{projectId}]</c>).</summary>
    private static ProjectPlace? PlaceOf(string key, string channelId)
    {
        var rest = key[ProjectPlace.KeyPrefix(channelId).Length..];
        var parts = rest.Split('/');
        return parts.Length >= 2 ? ProjectPlace.FromReference(channelId, $"{parts[0]}|{parts[1]}") : null;
    }

    /// <summary>The member's own dialog documents in group conversations, as their profile lists them.</summary>
    private static IEnumerable<string> MemberConversationKeys(string channelId, string userId, JsonElement? userState)
    {
        if (userState is not { ValueKind: JsonValueKind.Object } state || !state.TryGetProperty(MemberProfile.PropertyName, out var profile)
            || profile.ValueKind != JsonValueKind.Object || !profile.TryGetProperty("conversations", out var conversations)
            || conversations.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. conversations.EnumerateArray()
            .Where(c => c.ValueKind == JsonValueKind.String)
            .Select(c => $"{channelId}/conversations/{c.GetString()}/users/{userId}")];
    }

    private async Task<JsonElement?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var items = await storage.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var item) ? item.Value : null;
    }

    private static void WriteOrNull(Utf8JsonWriter writer, JsonElement? value)
    {
        if (value is { } element)
        {
            element.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static string UserStateKey(string channelId, string userId) => $"{channelId}/users/{userId}";
}
