export function validatorSource(schema: object): string
