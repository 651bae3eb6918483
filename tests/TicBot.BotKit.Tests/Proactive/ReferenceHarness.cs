using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TicBot.BotKit.Proactive;
using TicBot.BotKit.Schema;
using TicBot.BotKit.Storage;
using TicBot.BotKit.Tests.State;
using TicBot.TestSupport;

namespace TicBot.BotKit.Tests.Proactive;

/// <summary>A reference store and its capture over a counting in-memory store, fed with the recorded Teams payloads.</summary>
internal sealed class ReferenceHarness
{
    public const string Tenant = "00000000-0000-0000-0000-0000000000001";
    public const string Bot = "00000000-0000-0000-0000-00000000000011";
    public const string PersonalChat = "29770e9f-0020-4cbc-ad78-d26fea255b6e";
    public const string GroupChat = "63af96d2-fa16-4b68-8483-dbf49fe21e89";

    public ReferenceHarness(ProactiveOptions? options = null)
    {
        Storage = new CountingStorage(new MemoryStorage());
        Store = new ConversationReferenceStore(Storage, Options.Create(options ?? new ProactiveOptions()), NullLogger<ConversationReferenceStore>.Instance);
        Capture = new ConversationReferenceCapture(Store, Time, NullLogger<ConversationReferenceCapture>.Instance);
    }

    public static ConversationPlace Alex { get; } = new("msteams", ConversationPlaceKind.Personal, "user-id-0");

    public static ConversationPlace Team { get; } = new("msteams", ConversationPlaceKind.Team, "team-id");

    public static ConversationPlace Group { get; } = new("msteams", ConversationPlaceKind.GroupChat, GroupChat);

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 28, 12, 15, 0, TimeSpan.Zero));

    public CountingStorage Storage { get; }

    public ConversationReferenceStore Store { get; }

    public ConversationReferenceCapture Capture { get; }

    /// <summary>A recorded activity, optionally changed, with <paramref name="serviceUrl"/> when given.</summary>
    public static Activity Fixture(string name, Action<JsonObject>? change = null, string? serviceUrl = null)
    {
        var fixture = TeamsFixtures.Load(name);
        var json = fixture.BodyWith(serviceUrl ?? fixture.Body.GetProperty("serviceUrl").GetString()!, change);
        return JsonSerializer.Deserialize(json, BotKitJsonContext.Default.Activity)!;
    }

    public Task CaptureAsync(string fixture, Action<JsonObject>? change = null)
        => Capture.CaptureAsync(Fixture(fixture, change), TestContext.Current.CancellationToken);

    public Task<PlaceReference?> StoredAsync(ConversationPlace place) => Store.GetAsync(place, TestContext.Current.CancellationToken);

    /// <summary>The stored document under <paramref name="key"/>, read around the store (no memory).</summary>
    public async Task<JsonElement?> RawAsync(string key)
    {
        var items = await Storage.Inner.ReadAsync([key], TestContext.Current.CancellationToken);
        return items.TryGetValue(key, out var item) ? item.Value : null;
    }
}
