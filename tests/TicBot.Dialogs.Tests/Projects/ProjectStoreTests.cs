using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using TicBot.BotKit.Storage;
using TicBot.Dialogs.Projects;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;

namespace TicBot.Dialogs.Tests.Projects;

/// <summary>Two bot instances (two stores) over one storage: what one remembers never hides what the other saved.</summary>
public sealed class ProjectStoreTests
{
    private static readonly ProjectPlace Place = new(ProjectPlaceKind.Team, "19:team", "msteams");
    private static readonly Actor Alice = new("29:alice", "Alice");
    private static readonly Actor Bob = new("29:bob", "Bob");
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly MemoryStorage _storage = new();
    // The loser of a conflict pauses a few milliseconds (jitter) before re-applying: the real clock keeps that short wait real.
    private readonly TimeProvider _time = TimeProvider.System;

    [Fact]
    public async Task UpdateAsync_OtherInstanceSavedMeanwhile_ReappliesOnTheStoredVersion()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = CreateSut();
        var second = CreateSut();
        await first.CreateAsync(Place, NewProject("p1a"), ct);

        await second.UpdateAsync(Place, "p1a", (p, at) => p.TickChecklistItem(ChecklistIds.KeySteps, "keystep.sponsors", Bob, at), ct);
        var update = await first.UpdateAsync(Place, "p1a", (p, at) => p.TickChecklistItem(ChecklistIds.KeySteps, "keystep.project-lead", Alice, at), ct);

        Assert.Equal(ProjectUpdateStatus.Saved, update.Status);
        var stored = (await CreateSut().FindAsync(Place, "p1a", ct)).Project;
        Assert.True(stored!.IsTicked(ChecklistIds.KeySteps, "keystep.sponsors"));
        Assert.True(stored.IsTicked(ChecklistIds.KeySteps, "keystep.project-lead"));
    }

    [Fact]
    public async Task UpdateAsync_RememberedVersionSaysNothingToChange_ChecksTheStoredVersion()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = CreateSut();
        var second = CreateSut();
        await first.CreateAsync(Place, NewProject("p1a"), ct);
        await first.UpdateAsync(Place, "p1a", (p, at) => p.TickChecklistItem(ChecklistIds.Security, "security.mfa", Alice, at), ct);
        await second.UpdateAsync(Place, "p1a", (p, at) => p.UntickChecklistItem(ChecklistIds.Security, "security.mfa", Bob, at), ct);

        // The first instance still remembers the item as ticked; ticking it again must tick it in storage.
        var update = await first.UpdateAsync(Place, "p1a", (p, at) => p.TickChecklistItem(ChecklistIds.Security, "security.mfa", Alice, at), ct);

        Assert.Equal(ProjectUpdateStatus.Saved, update.Status);
        Assert.True((await CreateSut().FindAsync(Place, "p1a", ct)).Project!.IsTicked(ChecklistIds.Security, "security.mfa"));
    }

    [Fact]
    public async Task UpdateAsync_ProjectErasedElsewhere_IsNotFound()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = CreateSut();
        await first.CreateAsync(Place, NewProject("p1a"), ct);
        await CreateSut().EraseAsync(Place.KeyOf("p1a"), ct);

        var update = await first.UpdateAsync(Place, "p1a", (p, at) => p.TickChecklistItem(ChecklistIds.Security, "security.mfa", Alice, at), ct);

        Assert.Equal(ProjectUpdateStatus.NotFound, update.Status);
        Assert.Empty(await _storage.ReadAsync([Place.KeyOf("p1a")], ct));
    }

    [Fact]
    public async Task ListAsync_SeveralProjects_AllOfThePlaceOnlyMostRecentlyChangedFirst()
    {
        var ct = TestContext.Current.CancellationToken;
        var sut = CreateSut();
        await sut.CreateAsync(Place, NewProject("pold", "Ancien"), ct);
        await sut.CreateAsync(Place, NewProject("pnew", "Récent", T0.AddDays(3)), ct);
        await sut.CreateAsync(new ProjectPlace(ProjectPlaceKind.Team, "19:team2", "msteams"), NewProject("pother"), ct);

        var projects = await sut.ListAsync(Place, ct);

        Assert.Equal(["pnew", "pold"], projects.Select(p => p.Id));
    }

    [Fact]
    public async Task CreateAsync_SameIdTwice_KeepsTheFirstAndSaysSo()
    {
        var ct = TestContext.Current.CancellationToken;
        var sut = CreateSut();

        var (_, first) = await sut.CreateAsync(Place, NewProject("p1a", "Premier"), ct);
        var (stored, second) = await CreateSut().CreateAsync(Place, NewProject("p1a", "Second"), ct);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal("Premier", stored.Project!.Name);
    }

    [Fact]
    public async Task VersionOneDocument_IsThePlacesFirstProject_AndMovesOnItsNextSave()
    {
        var ct = TestContext.Current.CancellationToken;
        var legacy = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "project-v1.json"));
        await _storage.WriteAsync([new StorageWrite(Place.LegacyKey, JsonDocument.Parse(legacy).RootElement.Clone())], ct);
        var sut = CreateSut();

        var listed = Assert.Single(await sut.ListAsync(Place, ct));
        Assert.Equal((Project.FirstProjectId, "Guichet numérique"), (listed.Id, listed.Name));
        Assert.Single(await _storage.ReadAsync([Place.LegacyKey], ct));

        var update = await sut.UpdateAsync(Place, Project.FirstProjectId, (p, at) => p.TickChecklistItem(ChecklistIds.Communication, "communication.launch-campaign", Alice, at), ct);

        Assert.Equal(ProjectUpdateStatus.Saved, update.Status);
        Assert.Empty(await _storage.ReadAsync([Place.LegacyKey], ct));
        var moved = (await CreateSut().FindAsync(Place, Project.FirstProjectId, ct)).Project!;
        Assert.Equal(Place.KeyOf(Project.FirstProjectId), (await CreateSut().FindAsync(Place, Project.FirstProjectId, ct)).Key);
        Assert.True(moved.IsTicked(ChecklistIds.Communication, "communication.launch-campaign"));
        Assert.True(moved.IsTicked(ChecklistIds.Security, "security.mfa"));
        Assert.Equal(listed.Scenarios.Count, moved.Scenarios.Count);
        Assert.Equal(listed.History.Count + 1, moved.History.Count);
    }

    [Fact]
    public async Task DeleteAsync_ByTheOwner_LeavesATombstoneThatSaysWhoAndWhen()
    {
        var ct = TestContext.Current.CancellationToken;
        var sut = CreateSut();
        await sut.CreateAsync(Place, NewProject("p1a", "Portail"), ct);

        var refused = await sut.DeleteAsync(Place, "p1a", Bob, p => p.OwnerId == Bob.Id, ct);
        var deleted = await sut.DeleteAsync(Place, "p1a", Alice, p => p.OwnerId == Alice.Id, ct);

        Assert.Equal(ProjectUpdateStatus.Unchanged, refused.Status);
        Assert.Equal(ProjectUpdateStatus.Saved, deleted.Status);
        var found = await CreateSut().FindAsync(Place, "p1a", ct);
        Assert.Null(found.Project);
        Assert.Equal(("Portail", Alice.Id, Alice.Name), (found.Tombstone!.Name, found.Tombstone.DeletedById, found.Tombstone.DeletedByName));
        Assert.Empty(await sut.ListAsync(Place, ct));
        Assert.Equal(ProjectUpdateStatus.Deleted, (await sut.UpdateAsync(Place, "p1a", (_, _) => true, ct)).Status);
    }

    [Fact]
    public async Task FindAsync_ForgedId_FindsNothingAndReadsNothing()
    {
        var counting = new CountingReads(_storage);
        var sut = new ProjectStore(counting, _time, NullLogger<ProjectStore>.Instance);

        var found = await sut.FindAsync(Place, "../../users/29:alice", TestContext.Current.CancellationToken);

        Assert.Null(found.Project);
        Assert.Equal(0, counting.Reads);
    }

    private static Project NewProject(string id, string name = "Projet", DateTimeOffset? at = null)
        => Project.Create(id, name, new CollectiviteProfile(), Alice, at ?? T0);

    private ProjectStore CreateSut() => new(_storage, _time, NullLogger<ProjectStore>.Instance);

    private sealed class CountingReads(IStorage inner) : IStorage
    {
        public int Reads { get; private set; }

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        {
            Reads++;
            return inner.ReadAsync(keys, cancellationToken);
        }

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StorageWrite> writes, CancellationToken cancellationToken) => inner.WriteAsync(writes, cancellationToken);

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);

        public Task<StorageKeyPage> ListKeysAsync(string prefix, string? continuationToken, int pageSize, CancellationToken cancellationToken)
            => inner.ListKeysAsync(prefix, continuationToken, pageSize, cancellationToken);
    }
}
