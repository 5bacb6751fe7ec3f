// Original file: src/grpc/proto/slurm/v0044/slurm.proto


export interface _slurm_v0044_OpenapiMeta_Client {
  'source'?: (string);
  'user'?: (string);
  'group'?: (string);
}

export interface _slurm_v0044_OpenapiMeta_Client__Output {
  'source'?: (string);
  'user'?: (string);
  'group'?: (string);
}

export interface _slurm_v0044_OpenapiMeta_Plugin {
  'type'?: (string);
  'name'?: (string);
  'data_parser'?: (string);
  'accounting_storage'?: (string);
}

export interface _slurm_v0044_OpenapiMeta_Plugin__Output {
  'type'?: (string);
  'name'?: (string);
  'data_parser'?: (string);
  'accounting_storage'?: (string);
}

export interface _slurm_v0044_OpenapiMeta_Slurm {
  'version'?: (_slurm_v0044_OpenapiMeta_Slurm_Version | null);
  'release'?: (string);
  'cluster'?: (string);
}

export interface _slurm_v0044_OpenapiMeta_Slurm__Output {
  'version'?: (_slurm_v0044_OpenapiMeta_Slurm_Version__Output);
  'release'?: (string);
  'cluster'?: (string);
}

export interface _slurm_v0044_OpenapiMeta_Slurm_Version {
  'major'?: (string);
  'micro'?: (string);
  'minor'?: (string);
}

export interface _slurm_v0044_OpenapiMeta_Slurm_Version__Output {
  'major'?: (string);
  'micro'?: (string);
  'minor'?: (string);
}

export interface OpenapiMeta {
  'plugin'?: (_slurm_v0044_OpenapiMeta_Plugin | null);
  'client'?: (_slurm_v0044_OpenapiMeta_Client | null);
  'command'?: (string)[];
  'slurm'?: (_slurm_v0044_OpenapiMeta_Slurm | null);
}

export interface OpenapiMeta__Output {
  'plugin'?: (_slurm_v0044_OpenapiMeta_Plugin__Output);
  'client'?: (_slurm_v0044_OpenapiMeta_Client__Output);
  'command'?: (string)[];
  'slurm'?: (_slurm_v0044_OpenapiMeta_Slurm__Output);
}
