using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TicBot.BotKit.Hosting;
using TicBot.TestSupport;

namespace TicBot.BotKit.Tests.Hosting;

public sealed class EndpointStatusCodeTests : IAsyncLifetime
{
    private FakeChannel _channel = null!;
    private BotKitTestHost _host = null!;
    private int _turns;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _channel = await FakeChannel.StartAsync(cancellationToken: Ct);
        _host = await BotKitTestHost.StartAsync(
            (_, _) =>
            {
                Interlocked.Increment(ref _turns);
                return Task.CompletedTask;
            },
            s => s.Configure<BotKitOptions>(o => o.MaxRequestBodyBytes = 4096),
            Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("HEAD")]
    [InlineData("OPTIONS")]
    public async Task ProcessAsync_VerbOtherThanPost_Answers405WithAllow(string verb)
    {
        using var request = new HttpRequestMessage(new HttpMethod(verb), "/api/messages");

        using var response = await _host.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData(null)]
    public async Task ProcessAsync_ContentTypeNotJson_Answers415(string? contentType)
    {
        using var response = await _host.PostAsync(Valid(), Ct, contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, _turns);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON")]
    [InlineData("application/activity+json")]
    public async Task ProcessAsync_JsonContentType_Answers200(string contentType)
    {
        using var response = await _host.PostAsync(Valid(), Ct, contentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _turns);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("")]
    [InlineData("[1,2]")]
    [InlineData("\"message\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("""{"type":null}""")]
    [InlineData("""{"type":42}""")]
    [InlineData("""{"type":""}""")]
    [InlineData("""{"type":"message","from":"29:user"}""")]
    [InlineData("""{"type":"message","timestamp":"yesterday"}""")]
    [InlineData("""{"type":"message","conversation":{"isGroup":"yes"}}""")]
    [InlineData("""{"type":"message","entities":{}}""")]
    [InlineData("""{"type":"message","text":5}""")]
    [InlineData("""{"type":"message","membersAdded":"29:user"}""")]
    [InlineData("""{"type":"message","text":"\ud800"}""")]
    [InlineData("""{"type":"\udc00"}""")]
    public async Task ProcessAsync_BodyNotAnActivity_Answers400WithShortJsonError(string body)
    {
        using var response = await _host.PostAsync(body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("error");
        Assert.Equal("BadRequest", error.GetProperty("code").GetString());
        Assert.InRange(error.GetProperty("message").GetString()!.Length, 10, 120);
        Assert.Equal(0, _turns);
    }

    [Fact]
    public async Task ProcessAsync_BodyAboveConfiguredLimitWithLength_Answers413()
    {
        using var response = await _host.PostAsync(Valid(padding: 5000), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, _turns);
    }

    [Fact]
    public async Task ProcessAsync_ChunkedBodyAboveLimit_Answers413WhileReading()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Valid(padding: 100_000)));
        using var content = new StreamContent(stream);
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _host.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, _turns);
    }

    [Fact]
    public async Task ProcessAsync_BodyJustUnderLimit_Answers200()
    {
        using var response = await _host.PostAsync(Valid(padding: 3000), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ProcessAsync_Utf8ByteOrderMark_IsAccepted()
    {
        var bytes = "\uFEFF"u8.ToArray().Concat(Encoding.UTF8.GetBytes(Valid())).ToArray();
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");

        using var response = await _host.Client.PostAsync("/api/messages", content, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void BotKitOptions_Default_Is256Kilobytes()
    {
        Assert.Equal(256 * 1024, new BotKitOptions().MaxRequestBodyBytes);
    }

    private string Valid(int padding = 0)
        => CloudAdapterTests.Activity("typing", $"\"text\":\"{new string('a', padding)}\"", _channel.ServiceUrl);
}
