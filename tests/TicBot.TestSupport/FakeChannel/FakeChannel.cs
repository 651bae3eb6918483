using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TicBot.TestSupport;

/// <summary>
/// A Bot Connector on a loopback port (Kestrel), reached under <see cref="BasePath"/> as Agents Playground's
/// is. It records every request and answers like the connector, unless a <see cref="ScriptedResponse"/> is queued.
/// </summary>
public sealed class FakeChannel : IAsyncDisposable
{
    /// <summary>The base path of <see cref="ServiceUrl"/>, as Agents Playground's.</summary>
    public const string BasePath = "/_connector";

    private readonly WebApplication _app;
    private readonly TimeProvider _timeProvider;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _nextId;

    private FakeChannel(WebApplication app, TimeProvider timeProvider)
    {
        _app = app;
        _timeProvider = timeProvider;
    }

    /// <summary>The service URL to put in activities: <c>http://127.0.0.1:{port}/_connector</c>.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The POSTed activities (sends and replies) so far.</summary>
    public IReadOnlyList<RecordedRequest> PostedActivities => [.. Requests.Where(r => r.IsActivityPost)];

    /// <summary>Starts a channel on a free loopback port.</summary>
    /// <param name="timeProvider">Stamps <see cref="RecordedRequest.ReceivedAt"/>; pass the bot's fake clock to measure waits.</param>
    public static async Task<FakeChannel> StartAsync(TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var channel = new FakeChannel(app, timeProvider ?? TimeProvider.System);
        app.Run(channel.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        channel.ServiceUrl = address.TrimEnd('/') + BasePath;
        return channel;
    }

    /// <summary>Queues answers for the next requests, in order.</summary>
    public void Enqueue(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }
    }

    /// <summary>Waits (real time, bounded) until at least <paramref name="count"/> requests have arrived.</summary>
    /// <exception cref="TimeoutException">They did not arrive within <paramref name="timeout"/>.</exception>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            while (Requests.Count < count)
            {
                await _arrived.WaitAsync(cts.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Expected {count} requests, got {Requests.Count}.");
        }

        return Requests;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _stopping.Dispose();
        _arrived.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var authorization = context.Request.Headers.Authorization.Count > 0 ? context.Request.Headers.Authorization.ToString() : null;
        lock (_requests)
        {
            _requests.Add(new RecordedRequest(context.Request.Method, target, authorization, body, _timeProvider.GetUtcNow()));
        }

        _arrived.Release();
        var response = _script.TryDequeue(out var scripted) ? scripted : DefaultResponse(context.Request.Method, target, body);
        if (response.Hang)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            await Task.Delay(Timeout.Infinite, linked.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        if (response.Delay is { } delay)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            await Task.Delay(delay, linked.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(response.Body, context.RequestAborted);
        }
    }

    private ScriptedResponse DefaultResponse(string method, string target, string body)
    {
        var path = target.Split('?')[0];
        if (!path.StartsWith(BasePath + "/v3/conversations", StringComparison.Ordinal))
        {
            return ScriptedResponse.Error(404, "NotFound", "Unknown route");
        }

        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        var segments = path[BasePath.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        return (method, segments.Length) switch
        {
            ("POST", 2) => new(201, $$"""{"id":"conv-{{id}}","activityId":"act-{{id}}"}"""),
            ("POST", >= 4) when body.Contains("\"typing\"", StringComparison.Ordinal) => new(202),
            ("POST", >= 4) => new(201, $$"""{"id":"act-{{id}}"}"""),
            ("PUT", 5) => new(200, $$"""{"id":"{{Uri.UnescapeDataString(segments[4])}}"}"""),
            ("DELETE", 5) => new(200),
            ("GET", 4) when segments[3] == "members" => new(200, """[{"id":"29:user-1","name":"Alex"}]"""),
            ("GET", 4) when segments[3] == "pagedmembers" => new(200, """{"members":[{"id":"29:user-1","name":"Alex"}]}"""),
            _ => ScriptedResponse.Error(404, "NotFound", "Unknown route"),
        };
    }
}
