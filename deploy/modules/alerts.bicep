// What to watch: answers 5xx (a failure the turn-error policy could not handle) from the App Service's own metric,
// which needs no telemetry, and turns that failed (handled or not) from the bot's logs in Application Insights.
param name string
param location string
param siteId string
param insightsId string
param alertEmail string

@description('Failed turns in 15 minutes that raise the alert.')
param failedTurnsThreshold int = 3

resource notify 'Microsoft.Insights/actionGroups@2023-01-01' = if (!empty(alertEmail)) {
  name: '${name}-ops'
  location: 'global'
  properties: {
    groupShortName: 'ticbot'
    enabled: true
    emailReceivers: [
      {
        name: 'ops'
        emailAddress: alertEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

var actionGroups = empty(alertEmail) ? [] : [
  notify.id
]

resource http5xx 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: '${name}-http-5xx'
  location: 'global'
  properties: {
    description: 'The bot answered 5xx: a turn failed and the error policy could not answer.'
    severity: 1
    enabled: true
    scopes: [
      siteId
    ]
    evaluationFrequency: 'PT1M'
    windowSize: 'PT5M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          name: 'http5xx'
          criterionType: 'StaticThresholdCriterion'
          metricNamespace: 'Microsoft.Web/sites'
          metricName: 'Http5xx'
          operator: 'GreaterThan'
          threshold: 0
          timeAggregation: 'Total'
        }
      ]
    }
    actions: [for group in actionGroups: {
      actionGroupId: group
    }]
  }
}

resource failedTurns 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: '${name}-failed-turns'
  location: location
  properties: {
    displayName: 'TicBot: failed turns'
    description: 'Turns that failed: the bot apologised (or answered 500) and logged "Turn failed".'
    severity: 2
    enabled: true
    scopes: [
      insightsId
    ]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      allOf: [
        {
          query: 'union isfuzzy=true (traces | where severityLevel >= 3 and message startswith "Turn failed"), (requests | where url has "/api/messages" and toint(resultCode) >= 500)'
          timeAggregation: 'Count'
          operator: 'GreaterThanOrEqual'
          threshold: failedTurnsThreshold
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    actions: {
      actionGroups: actionGroups
    }
  }
}
