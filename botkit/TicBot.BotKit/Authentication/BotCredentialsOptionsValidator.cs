using Microsoft.Extensions.Options;

namespace TicBot.BotKit.Authentication;

/// <summary>Checks the key combination each app type needs, naming the faulty key so the host stops with a clear message.</summary>
internal sealed class BotCredentialsOptionsValidator : IValidateOptions<BotCredentialsOptions>
{
    public ValidateOptionsResult Validate(string? name, BotCredentialsOptions options)
    {
        if (options.IsLocalMode)
        {
            return ValidateOptionsResult.Success;
        }

        if (options.HasCredentialWithoutAppId)
        {
            // Fail closed: a forgotten app id must not turn a configured bot into an anonymous one.
            return ValidateOptionsResult.Fail(
                "MicrosoftAppId is empty while MicrosoftAppType, MicrosoftAppPassword or MicrosoftAppTenantId is set: set MicrosoftAppId, "
                + "or leave every MicrosoftApp* key empty for local mode.");
        }

        var failures = new List<string>();
        if (options.UnknownAppType is { } unknown)
        {
            failures.Add($"MicrosoftAppType '{unknown}' is not one of SingleTenant, MultiTenant, UserAssignedMSI.");
            return ValidateOptionsResult.Fail(failures);
        }

        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        switch (options.MicrosoftAppType)
        {
            case BotAppType.SingleTenant:
                Require(hasPassword, "MicrosoftAppPassword", "SingleTenant", failures);
                Require(hasTenant, "MicrosoftAppTenantId", "SingleTenant", failures);
                break;
            case BotAppType.MultiTenant:
                Require(hasPassword, "MicrosoftAppPassword", "MultiTenant", failures);
                break;
            case BotAppType.UserAssignedMSI:
                Require(hasTenant, "MicrosoftAppTenantId", "UserAssignedMSI", failures);
                if (hasPassword)
                {
                    failures.Add("MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI (the managed identity has no secret).");
                }

                break;
            default:
                failures.Add($"MicrosoftAppType '{options.MicrosoftAppType}' is not one of SingleTenant, MultiTenant, UserAssignedMSI.");
                break;
        }

        if (hasTenant && options.MicrosoftAppTenantId!.Trim().Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '.')))
        {
            failures.Add("MicrosoftAppTenantId must be a tenant id (GUID) or domain name.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(bool present, string key, string appType, List<string> failures)
    {
        if (!present)
        {
            failures.Add($"{key} is required when MicrosoftAppType is {appType} and MicrosoftAppId is set.");
        }
    }
}
