using System.Text.Encodings.Web;
using System.Text.Json;
using TicBot.BotKit.Privacy;
using TicBot.BotKit.Storage;
using TicBot.Dialogs.Projects;
using TicBot.Methodology.Projects;

namespace TicBot.Dialogs.Privacy;

/// <summary>
/// A user's rights over what TicBot keeps about them (RGPD articles 15, 20 and 17): export it, or erase it.
/// Projects are found by listing the channel's projects (<see cref="ProjectStore.AllAsync"/>), so a request costs a
/// scan of them — fine for a request made rarely, and it leaves no index of people to keep in step. Every
/// <see cref="IPersonalDataStore"/> registered (conversation references…) adds its part to both.
/// </summary>
public sealed class PersonalDataService(IStorage storage, ProjectStore projects, TimeProvider time, IEnumerable<IPersonalDataStore> stores)
{
    /// <summary>Everything stored about <paramref name="userId"/>, as indented JSON.</summary>
    public async Task<string> ExportAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("exportedAt", time.GetUtcNow());
            writer.WriteString("channelId", channelId);
            writer.WriteString("userId", userId);
            writer.WriteStartArray("projects");
            await foreach (var (key, project) in ProjectsInvolvingAsync(channelId, userId, cancellationToken))
            {
                PersonalDataJson.WriteProject(writer, key, project, userId, isPersonal: key == PersonalKey(channelId, userId));
            }

            writer.WriteEndArray();
            var userState = await storage.ReadAsync([UserStateKey(channelId, userId)], cancellationToken);
            writer.WritePropertyName("userState");
            if (userState.Values.FirstOrDefault() is { } state)
            {
                state.Value.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }

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
    /// Erases the user: their personal project, user state and what each <see cref="IPersonalDataStore"/> keeps are
    /// deleted; in shared projects their id and name are replaced by a random pseudonym (what was done stays, who did
    /// it goes).
    /// </summary>
    /// <returns>How many projects were deleted or pseudonymised.</returns>
    public async Task<int> EraseAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var personal = PersonalKey(channelId, userId);
        var count = 0;
        await foreach (var (key, _) in ProjectsInvolvingAsync(channelId, userId, cancellationToken))
        {
            if (key == personal)
            {
                await projects.DeleteAsync(key, cancellationToken);
                count++;
                continue;
            }

            var pseudonym = "erased-" + Guid.NewGuid().ToString("N");
            var update = await projects.UpdateAsync(key, (project, at) => project.ErasePerson(userId, pseudonym, at), cancellationToken);
            count += update.Status == ProjectUpdateStatus.Saved ? 1 : 0;
        }

        await storage.DeleteAsync([UserStateKey(channelId, userId)], cancellationToken);
        foreach (var store in stores)
        {
            await store.EraseAsync(channelId, userId, cancellationToken);
        }

        return count;
    }

    private async IAsyncEnumerable<(string Key, Project Project)> ProjectsInvolvingAsync(
        string channelId, string userId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var (key, project) in projects.AllAsync(channelId, cancellationToken))
        {
            if (project.Involves(userId))
            {
                yield return (key, project);
            }
        }
    }

    private static string PersonalKey(string channelId, string userId) => new ProjectPlace(ProjectPlaceKind.Personal, userId, channelId).StorageKey;

    private static string UserStateKey(string channelId, string userId) => $"{channelId}/users/{userId}";
}
