import ArgumentParser
import Foundation
import WardPlan

// Exit codes: 0 success, 1 invalid input or failed export, 2 usage error.
do {
    var command = try WardPlanCommand.parseAsRoot()
    try command.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch let error as InputError {
    StandardError.write(error.description)
    exit(1)
} catch let error as ExportError {
    StandardError.write(error.description)
    exit(1)
} catch let error as BudgetError {
    StandardError.write("error: \(error)")
    exit(1)
} catch {
    let code = WardPlanCommand.exitCode(for: error)
    if code == .success {
        print(WardPlanCommand.fullMessage(for: error))
        exit(0)
    }
    StandardError.write(WardPlanCommand.fullMessage(for: error))
    exit(2)
}
