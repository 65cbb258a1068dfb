import WardPlanCLI

WardPlanCLI.main(registry: WardPlanCLI.builtinRegistry())
