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
    private readonly MemoryStorage _storage = new();
    // The loser of a conflict pauses a few milliseconds (jitter) before re-applying: the real clock keeps that short wait real.
    private readonly TimeProvider _time = TimeProvider.System;

    [Fact]
    public async Task UpdateAsync_OtherInstanceSavedMeanwhile_ReappliesOnTheStoredVersion()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = CreateSut();
        var second = CreateSut();
        await first.CreateAsync(Place, at => Project.Create(Place.StorageKey, "Projet", new CollectiviteProfile(), Alice, at), ct);

        await second.UpdateAsync(Place, (p, at) => p.TickChecklistItem(ChecklistIds.KeySteps, "keystep.sponsors", Bob, at), ct);
        var update = await first.UpdateAsync(Place, (p, at) => p.TickChecklistItem(ChecklistIds.KeySteps, "keystep.project-lead", Alice, at), ct);

        Assert.Equal(ProjectUpdateStatus.Saved, update.Status);
        var stored = await CreateSut().FindAsync(Place, ct);
        Assert.True(stored!.IsTicked(ChecklistIds.KeySteps, "keystep.sponsors"));
        Assert.True(stored.IsTicked(ChecklistIds.KeySteps, "keystep.project-lead"));
    }

    [Fact]
    public async Task UpdateAsync_RememberedVersionSaysNothingToChange_ChecksTheStoredVersion()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = CreateSut();
        var second = CreateSut();
        await first.CreateAsync(Place, at => Project.Create(Place.StorageKey, "Projet", new CollectiviteProfile(), Alice, at), ct);
        await first.UpdateAsync(Place, (p, at) => p.TickChecklistItem(ChecklistIds.Security, "security.mfa", Alice, at), ct);
        await second.UpdateAsync(Place, (p, at) => p.UntickChecklistItem(ChecklistIds.Security, "security.mfa", Bob, at), ct);

        // The first instance still remembers the item as ticked; ticking it again must tick it in storage.
        var update = await first.UpdateAsync(Place, (p, at) => p.TickChecklistItem(ChecklistIds.Security, "security.mfa", Alice, at), ct);

        Assert.Equal(ProjectUpdateStatus.Saved, update.Status);
        Assert.True((await CreateSut().FindAsync(Place, ct))!.IsTicked(ChecklistIds.Security, "security.mfa"));
    }

    [Fact]
    public async Task UpdateAsync_ProjectDeletedElsewhere_IsNotFound()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = CreateSut();
        await first.CreateAsync(Place, at => Project.Create(Place.StorageKey, "Projet", new CollectiviteProfile(), Alice, at), ct);
        await CreateSut().DeleteAsync(Place.StorageKey, ct);

        var update = await first.UpdateAsync(Place, (p, at) => p.TickChecklistItem(ChecklistIds.Security, "security.mfa", Alice, at), ct);

        Assert.Equal(ProjectUpdateStatus.NotFound, update.Status);
        Assert.Empty(await _storage.ReadAsync([Place.StorageKey], ct));
    }

    private ProjectStore CreateSut() => new(_storage, _time, NullLogger<ProjectStore>.Instance);
}
