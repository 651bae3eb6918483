namespace TicBot.BotKit.Authentication;

/// <summary>The Azure Bot resource's app type (configuration key <c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    /// <summary>App registration in the bot's own tenant; needs id, password and tenant. The default.</summary>
    SingleTenant,

    /// <summary>Multi-tenant app registration; needs id and password. Tokens come from the <c>botframework.com</c> tenant.</summary>
    MultiTenant,

    /// <summary>User-assigned managed identity; needs id (its client id) and tenant, and no password.</summary>
    UserAssignedMSI,
}
