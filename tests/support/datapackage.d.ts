// The parts of the Frictionless JavaScript library (npm datapackage, which ships no types) the tests use.
declare module "datapackage" {
  interface Resource {
    name: string;
    valid: boolean;
    errors: Error[];
    read(options?: { keyed?: boolean; cast?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    descriptor: { profile?: string; version?: string };
  }
}
