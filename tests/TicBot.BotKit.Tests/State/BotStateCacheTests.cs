using System.Text.Json;
using TicBot.BotKit.State;
using TicBot.BotKit.Storage;

namespace TicBot.BotKit.Tests.State;

public sealed class BotStateCacheTests
{
    private static StoreItem Item(int version) => new(JsonSerializer.SerializeToElement(version), $"\"etag-{version}\"");

    [Fact]
    public void SetTryGetRemove_OneDocument_RoundTrips()
    {
        using var sut = new BotStateCache();

        sut.Set("test/conversations/a", Item(1));
        sut.Set("test/conversations/a", Item(2));

        Assert.True(sut.TryGet("test/conversations/a", out var item));
        Assert.Equal("\"etag-2\"", item.ETag);
        Assert.Equal(1, sut.Count);
        sut.Remove("test/conversations/a");
        Assert.False(sut.TryGet("test/conversations/a", out _));
    }

    [Fact]
    public void Set_FarPastCapacity_KeepsAtMostCapacityAndNeverEmptiesAtOnce()
    {
        using var sut = new BotStateCache(capacity: 100);

        for (var i = 0; i < 1000; i++)
        {
            sut.Set($"test/conversations/{i}", Item(i));
            // Evictions run in the background and stop at 90 % of the capacity: the cache is never emptied at once.
            Assert.InRange(sut.Count, Math.Min(i + 1, 90), 100);
        }
    }

    [Fact]
    public void Set_ExistingDocumentAtCapacity_ReplacesIt()
    {
        using var sut = new BotStateCache(capacity: 10);
        for (var i = 0; i < 10; i++)
        {
            sut.Set($"test/conversations/{i}", Item(i));
        }

        // A steady-state turn saves its conversation again: the newer version must be the one cached.
        sut.Set("test/conversations/3", Item(33));

        Assert.True(sut.TryGet("test/conversations/3", out var item));
        Assert.Equal("\"etag-33\"", item.ETag);
        Assert.Equal(10, sut.Count);
    }

    [Fact]
    public void Constructor_CapacityBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BotStateCache(0));
    }
}
