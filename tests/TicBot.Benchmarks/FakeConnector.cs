using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TicBot.Benchmarks;

/// <summary>
/// The cheapest Bot Connector that still reads what the bot sends: 201 <c>{"id":"n"}</c> to every POST or PUT
/// under <c>/_connector/v3/conversations/</c>, 404 otherwise. Unlike the tests' FakeChannel it records nothing.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _answered;
    private long _unexpected;

    private FakeConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    public long Answered => Interlocked.Read(ref _answered);

    public long Unexpected => Interlocked.Read(ref _unexpected);

    public static async Task<FakeConnector> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.Run(connector.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/_connector";
        return connector;
    }

    public void Reset()
    {
        Interlocked.Exchange(ref _answered, 0);
        Interlocked.Exchange(ref _unexpected, 0);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        var request = context.Request;
        if ((HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method))
            && request.Path.StartsWithSegments("/_connector/v3/conversations", StringComparison.Ordinal))
        {
            var id = Interlocked.Increment(ref _answered);
            context.Response.StatusCode = StatusCodes.Status201Created;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($$"""{"id":"{{id}}"}""", context.RequestAborted);
            return;
        }

        Interlocked.Increment(ref _unexpected);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
