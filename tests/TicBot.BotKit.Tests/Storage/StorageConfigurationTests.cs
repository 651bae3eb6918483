using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TicBot.BotKit.State;
using TicBot.BotKit.Storage;
using TicBot.TestSupport.Azurite;

namespace TicBot.BotKit.Tests.Storage;

public sealed class StorageConfigurationTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IHost CreateSut(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddBotStorage(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public async Task AddBotStorage_NoSettings_UsesFileStorageAndRegistersTheTurnServices()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ticbot-config-" + Guid.NewGuid().ToString("N"));
        using var sut = CreateSut(new() { ["Storage:File:Path"] = folder });
        await sut.StartAsync(Ct);

        var storage = Assert.IsType<FileStorage>(sut.Services.GetRequiredService<IStorage>());
        Assert.Equal(folder, storage.Folder);
        Assert.NotNull(sut.Services.GetRequiredService<ConversationState>());
        Assert.NotNull(sut.Services.GetRequiredService<UserState>());
        Assert.NotNull(sut.Services.GetRequiredService<ConversationTurnMiddleware>());
        await sut.StopAsync(Ct);
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData("Blob", null, null, "Storage:Blob:ConnectionString")]
    [InlineData("Blob", "not a connection string", "state", "Storage:Blob:ConnectionString")]
    [InlineData("Blob", "UseDevelopmentStorage=true", "Bad_Name", "Storage:Blob:Container")]
    [InlineData("Nowhere", null, null, "Storage:Provider")]
    public async Task StartAsync_Misconfigured_StopsTheHostNamingTheKey(string provider, string? connectionString, string? container, string key)
    {
        using var sut = CreateSut(new()
        {
            ["Storage:Provider"] = provider,
            ["Storage:Blob:ConnectionString"] = connectionString,
            ["Storage:Blob:Container"] = container,
        });

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => sut.StartAsync(Ct));

        Assert.Contains(key, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_NetworkTimeoutTooLongForATurn_StopsTheHost()
    {
        using var sut = CreateSut(new()
        {
            ["Storage:Provider"] = "Blob",
            ["Storage:Blob:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Storage:Blob:NetworkTimeout"] = "00:00:10",
        });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => sut.StartAsync(Ct));

        Assert.Contains("Storage:Blob:NetworkTimeout", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckHealthAsync_BlobOnAzurite_IsHealthyAndCreatesTheContainer()
    {
        var container = azurite.NewContainer("health");
        using var sut = CreateSut(new()
        {
            ["Storage:Provider"] = "Blob",
            ["Storage:Blob:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Blob:Container"] = container.Name,
        });
        await sut.StartAsync(Ct);

        var report = await sut.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("ready"), Ct);

        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.True(await container.ExistsAsync(Ct));
        await sut.StopAsync(Ct);
    }

    [Fact]
    public async Task CheckHealthAsync_BlobServiceDown_IsUnhealthy()
    {
        var sut = new StorageHealthCheck(BlobStorage.Create(new BlobStorageOptions
        {
            ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=AAAA;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;",
            MaxRetries = 0,
            NetworkTimeout = TimeSpan.FromSeconds(1),
        }));

        var result = await sut.CheckHealthAsync(new HealthCheckContext(), Ct);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }
}
