using System.Text.Json.Nodes;

namespace TicBot.Deploy.Tests;

/// <summary>
/// <c>deploy/</c> compiles with the Bicep CLI 0.49.2 without an error or a linter warning, and the template it gives
/// holds what the deployment promises: two instances or more, a private state container with soft delete and versions
/// reached with a managed identity (no key, no secret in a setting), a bot without secret, monitoring and alerts.
/// </summary>
public sealed class BicepTemplateTests(BicepTemplate bicep) : IClassFixture<BicepTemplate>
{
    [Fact]
    public void Build_MainBicep_CompilesWithoutErrorOrWarning()
    {
        Assert.True(bicep.ExitCode == 0, bicep.Output);
        Assert.DoesNotContain("Warning", bicep.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Error", bicep.Output, StringComparison.Ordinal);
        Assert.NotEmpty(bicep.Resources());
    }

    [Fact]
    public void Parameters_Defaults_FranceCentralTwoInstancesManagedIdentity()
    {
        var parameters = bicep.Template["parameters"]!;

        Assert.Equal("francecentral", parameters["location"]!["defaultValue"]!.GetValue<string>());
        Assert.Equal(2, parameters["instanceCount"]!["defaultValue"]!.GetValue<int>());
        Assert.Equal(2, parameters["instanceCount"]!["minValue"]!.GetValue<int>());
        Assert.Equal("UserAssignedMSI", parameters["botAppType"]!["defaultValue"]!.GetValue<string>());
        Assert.Equal(["UserAssignedMSI", "SingleTenant"], parameters["botAppType"]!["allowedValues"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.DoesNotContain(parameters.AsObject(), p => p.Key.Contains("password", StringComparison.OrdinalIgnoreCase) || p.Key.Contains("secret", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Storage_StateContainer_PrivateWithSoftDeleteVersionsAndNoSharedKey()
    {
        var account = bicep.Resource("Microsoft.Storage/storageAccounts")["properties"]!;
        var blobs = bicep.Resource("Microsoft.Storage/storageAccounts/blobServices")["properties"]!;
        var container = bicep.Resource("Microsoft.Storage/storageAccounts/blobServices/containers");
        var storage = bicep.ModuleTemplate("storage");

        Assert.False(account["allowSharedKeyAccess"]!.GetValue<bool>());
        Assert.False(account["allowBlobPublicAccess"]!.GetValue<bool>());
        Assert.Equal("TLS1_2", account["minimumTlsVersion"]!.GetValue<string>());
        Assert.True(blobs["isVersioningEnabled"]!.GetValue<bool>());
        Assert.True(blobs["deleteRetentionPolicy"]!["enabled"]!.GetValue<bool>());
        Assert.Equal("None", container["properties"]!["publicAccess"]!.GetValue<string>());
        // Storage Blob Data Contributor, given to the managed identity.
        Assert.Contains("ba92f5b4-2d11-453d-a403-e96b0029c9fe", storage, StringComparison.Ordinal);
        Assert.Contains("Microsoft.Authorization/roleAssignments", storage, StringComparison.Ordinal);
        Assert.Contains("userAssignedIdentities", bicep.ModuleParameters("storage"), StringComparison.Ordinal);
        Assert.NotNull(bicep.Resource("Microsoft.Storage/storageAccounts/managementPolicies"));
    }

    [Fact]
    public void App_LinuxDotnet10BehindHealthProbeWithIdentityAndNoKeyInSettings()
    {
        var site = bicep.Resource("Microsoft.Web/sites");
        var config = site["properties"]!["siteConfig"]!;
        var settings = bicep.ModuleParameters("app");

        Assert.Equal("DOTNETCORE|10.0", config["linuxFxVersion"]!.GetValue<string>());
        Assert.Equal("/readyz", config["healthCheckPath"]!.GetValue<string>());
        Assert.True(config["alwaysOn"]!.GetValue<bool>());
        Assert.True(site["properties"]!["httpsOnly"]!.GetValue<bool>());
        Assert.Equal("UserAssigned", site["identity"]!["type"]!.GetValue<string>());
        Assert.Contains("Storage__Blob__ServiceUri", settings, StringComparison.Ordinal);
        Assert.Contains("AZURE_CLIENT_ID", settings, StringComparison.Ordinal);
        Assert.Contains("Bot__PublicBaseUrl", settings, StringComparison.Ordinal);
        Assert.DoesNotContain("Storage__Blob__ConnectionString", settings, StringComparison.Ordinal);
        Assert.DoesNotContain("listKeys", settings, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", settings, StringComparison.Ordinal);
        // The only password setting is a Key Vault reference (SingleTenant).
        Assert.Contains("@Microsoft.KeyVault(VaultName=", settings, StringComparison.Ordinal);
        var basicCredentials = bicep.Resources().Where(r => r["type"]!.GetValue<string>() == "Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();
        Assert.Equal(2, basicCredentials.Count);
        Assert.All(basicCredentials, r => Assert.False(r["properties"]!["allow"]!.GetValue<bool>()));
    }

    [Fact]
    public void Bot_AzureBotWithTeamsAndNoSecret()
    {
        var bot = bicep.Resource("Microsoft.BotService/botServices");
        var channel = bicep.Resource("Microsoft.BotService/botServices/channels");

        Assert.Equal("azurebot", bot["kind"]!.GetValue<string>());
        Assert.Contains("/api/messages", bicep.ModuleParameters("bot"), StringComparison.Ordinal);
        Assert.Null(bot["properties"]!["msaAppPassword"]);
        Assert.Equal("MsTeamsChannel", channel["properties"]!["channelName"]!.GetValue<string>());
    }

    [Fact]
    public void Monitoring_InsightsAndAlertsOnFailedTurns()
    {
        var insights = bicep.Resource("Microsoft.Insights/components");
        var failedTurns = bicep.Resource("Microsoft.Insights/scheduledQueryRules")["properties"]!;
        var http5xx = bicep.Resource("Microsoft.Insights/metricAlerts")["properties"]!;

        Assert.NotNull(insights["properties"]!["WorkspaceResourceId"]);
        Assert.Contains("Turn failed", failedTurns["criteria"]!["allOf"]![0]!["query"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Http5xx", http5xx["criteria"]!["allOf"]![0]!["metricName"]!.GetValue<string>());
    }
}
