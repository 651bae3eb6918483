using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using TicBot.BotKit.Storage;
using TicBot.TestSupport.Azurite;

namespace TicBot.BotKit.Tests.Storage;

/// <summary>The contract suite against a real Azurite, plus the Blob-specific promises.</summary>
public sealed class BlobStorageTests(AzuriteFixture azurite) : StorageContractTests
{
    private static readonly Lazy<string> SharedContainer = new(() => $"contract-{Guid.NewGuid():N}");

    protected override IStorage CreateSut()
        => BlobStorage.Create(new BlobStorageOptions { ConnectionString = azurite.ConnectionString, Container = SharedContainer.Value });

    [Fact]
    public async Task WriteAsync_FirstUse_CreatesTheContainer()
    {
        var container = azurite.NewContainer("firstuse");
        var sut = new BlobStorage(container);

        await WriteAsync(sut, "k", """{"v":1}""");

        Assert.True(await container.ExistsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task WriteAsync_AfterAFailedContainerCreation_CreatesItOnTheNextCall()
    {
        var failing = new FailFirstRequestsPolicy(failures: 1);
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 0;
        options.AddPolicy(failing, HttpPipelinePosition.PerRetry);
        var name = azurite.NewContainer("retrycreate").Name;
        var container = new BlobServiceClient(azurite.ConnectionString, options).GetBlobContainerClient(name);
        var sut = new BlobStorage(container);

        await Assert.ThrowsAnyAsync<Exception>(() => WriteAsync(sut, "k", """{"v":1}"""));
        var etag = await WriteAsync(sut, "k", """{"v":2}""");

        Assert.Equal(etag, (await sut.ReadAsync(["k"], TestContext.Current.CancellationToken))["k"].ETag);
        Assert.Equal(1, failing.Failed);
    }

    [Fact]
    public async Task WriteAsync_LongKey_StaysUnderTheBlobNameLimitAndListsTheRealKey()
    {
        var container = azurite.NewContainer("longkeys");
        var sut = new BlobStorage(container);
        var key = "msteams/conversations/" + string.Concat(Enumerable.Repeat("é:#", 400));

        await WriteAsync(sut, key, "{}");

        await foreach (var blob in container.GetBlobsAsync(cancellationToken: TestContext.Current.CancellationToken))
        {
            Assert.InRange(blob.Name.Length, 1, 1024);
        }

        Assert.Equal([key], (await sut.ListKeysAsync("msteams/", null, 10, TestContext.Current.CancellationToken)).Keys);
    }

    [Fact]
    public async Task ListKeysAsync_TenThousandKeysByPages_ReadsEachKeyOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var listing = new ListingCounter();
        var options = new BlobClientOptions();
        options.AddPolicy(listing, HttpPipelinePosition.PerRetry);
        var container = new BlobServiceClient(azurite.ConnectionString, options).GetBlobContainerClient(azurite.NewContainer("paging").Name);
        var sut = new BlobStorage(container);
        var keys = Enumerable.Range(0, 10_000).Select(i => $"msteams/projects/team/19:{i:x5}@thread.tacv2").ToList();
        await Parallel.ForEachAsync(keys.Chunk(100), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct },
            async (chunk, token) => await sut.WriteAsync([.. chunk.Select(k => new StorageWrite(k, Json("{}")))], token));
        await WriteAsync(sut, "msteams/users/29:outside-the-prefix", "{}");

        var seen = await sut.ListAllKeysAsync("msteams/projects/", 500, ct).ToListAsync(ct);

        Assert.Equal(keys, seen);
        Assert.Equal(10_000, listing.Names);
        Assert.Equal(20, listing.Requests);
    }

    /// <summary>Counts listing requests and the blob names their answers carry.</summary>
    private sealed class ListingCounter : HttpPipelinePolicy
    {
        private int _requests;
        private int _names;

        public int Requests => _requests;

        public int Names => _names;

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            ProcessNext(message, pipeline);
            Count(message);
        }

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            Count(message);
        }

        private void Count(HttpMessage message)
        {
            if (message.Request.Method == RequestMethod.Get && message.Request.Uri.Query.Contains("comp=list", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _requests);
                var body = message.Response.Content.ToString();
                Interlocked.Add(ref _names, (body.Length - body.Replace("<Blob>", "", StringComparison.Ordinal).Length) / "<Blob>".Length);
            }
        }
    }

    /// <summary>Simulates a storage outage for the first requests.</summary>
    private sealed class FailFirstRequestsPolicy(int failures) : HttpPipelineSynchronousPolicy
    {
        private int _seen;

        public int Failed => Math.Min(_seen, failures);

        public override void OnSendingRequest(HttpMessage message)
        {
            if (Interlocked.Increment(ref _seen) <= failures)
            {
                throw new System.Net.Http.HttpRequestException("Simulated outage.");
            }
        }
    }
}
