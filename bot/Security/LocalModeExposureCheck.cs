using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using TicBot.BotKit.Authentication;

namespace TicBot.Bot.Security;

/// <summary>
/// Local mode answers anyone who can reach the port, unauthenticated: once the server has bound its addresses, a
/// start in local mode on an address other machines can reach stops, unless <c>Bot:AllowRemoteLocalMode</c> says it
/// is meant (then a warning is logged at each start).
/// </summary>
internal sealed partial class LocalModeExposureCheck(
    IServer server,
    IOptions<BotCredentialsOptions> credentials,
    IOptions<BotOptions> options,
    ILogger<LocalModeExposureCheck> logger) : IHostedLifecycleService
{
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        if (!credentials.Value.IsLocalMode)
        {
            return Task.CompletedTask;
        }

        var remote = (server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []).Where(a => !IsLoopbackAddress(a)).ToList();
        if (remote.Count == 0)
        {
            return Task.CompletedTask;
        }

        var addresses = string.Join(", ", remote);
        if (!options.Value.AllowRemoteLocalMode)
        {
            throw new InvalidOperationException(
                $"Local mode (every MicrosoftApp* key empty) does not authenticate requests, yet the bot listens on {addresses}, "
                + $"reachable from other machines. Listen on localhost, set MicrosoftAppId, or set {BotOptions.SectionName}:{nameof(BotOptions.AllowRemoteLocalMode)}=true if that is meant.");
        }

        LogExposed(addresses);
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>True for <c>localhost</c> and loopback IPs; wildcards (<c>+</c>, <c>*</c>, <c>0.0.0.0</c>, <c>[::]</c>) and other hosts are not.</summary>
    internal static bool IsLoopbackAddress(string address)
    {
        // Kestrel reports wildcards as given ("http://+:80", "http://*:80"), which Uri does not parse as hosts.
        var host = address.Split("://", 2) is [_, var rest] ? rest : address;
        host = host.Split('/', 2)[0];
        if (host.StartsWith('['))
        {
            host = host[1..host.IndexOf(']', StringComparison.Ordinal)];
        }
        else if (host.LastIndexOf(':') is > 0 and var colon)
        {
            host = host[..colon];
        }

        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Local mode (no MicrosoftAppId) listening on {Addresses}, reachable from other machines: requests are not authenticated (Bot:AllowRemoteLocalMode=true)")]
    private partial void LogExposed(string addresses);
}
